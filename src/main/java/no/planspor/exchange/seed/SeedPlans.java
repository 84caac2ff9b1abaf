package no.planspor.exchange.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.account.SystemIdentity;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;
import no.planspor.plan.Units;

/**
 * On the first start of an empty database, loads the hospital's research strategy and the TIK and
 * KRN action plans through the same importer that users use. Several nodes may start at once: an
 * advisory lock lets one of them load and the others find the plans there. This happens before the
 * web server opens, so no request (and no health check) sees a half-loaded database.
 */
@Component
@ConditionalOnBooleanProperty(name = "planspor.seed.enabled", matchIfMissing = true)
public class SeedPlans implements SmartInitializingSingleton {

	static final String LOCATION = "classpath:no/planspor/exchange/seeds/*.json";

	/** The seed plans name their units; this is where those units stand in the organisation. */
	private static final Map<String, String> UNIT_PARENTS = Map.of("TIK", "OUS", "KRN", "OUS");

	private static final long LOCK = 0x706c616e73706f72L;

	private static final Logger log = LoggerFactory.getLogger(SeedPlans.class);

	private final PlanExchange exchange;

	private final Units units;

	private final PlanReader plans;

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	SeedPlans(PlanExchange exchange, Units units, PlanReader plans, JdbcClient db, TransactionTemplate transaction) {
		this.exchange = exchange;
		this.units = units;
		this.plans = plans;
		this.db = db;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		SystemIdentity.call(() -> transaction.execute(status -> {
			db.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
			if (plans.any()) {
				return null;
			}
			for (Resource seed : seeds()) {
				var plan = exchange.importPlan(read(seed));
				log.info("Loaded seed plan {} ({})", plan.code(), plan.title());
			}
			UNIT_PARENTS.forEach(units::placeUnder);
			return null;
		}));
	}

	public static List<Resource> seeds() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
