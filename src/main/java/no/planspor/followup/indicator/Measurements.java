package no.planspor.followup.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.plan.Indicator;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * The measured values of indicators. Append-only: nothing here updates or deletes a value; a
 * correction is a newer reading. Only an indicator with a target takes values (there is nothing to
 * measure progress against otherwise), and whoever may record status on the item may record them.
 */
@Service
public class Measurements {

	private final JdbcClient db;

	private final PlanReader plans;

	private final Permissions permissions;

	private final FollowUpAccess access;

	private final AuditLog audit;

	private final Clock clock;

	Measurements(JdbcClient db, PlanReader plans, Permissions permissions, FollowUpAccess access, AuditLog audit,
			Clock clock) {
		this.db = db;
		this.plans = plans;
		this.permissions = permissions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a value of the {@code number}th indicator (from 1, in plan order) of an item, as the
	 * signed-in user. Checked in this order: the plan and item exist (404), the user may contribute to
	 * the item (403), then everything about the input at once (400: {@code n} out of range or without
	 * target, and {@link MeasurementRules}).
	 *
	 * @param unreadable problems found while reading the input (a value that is no number, say; that
	 *        member is null in {@code measurement}), reported with the others after the permission check
	 */
	@Transactional
	public Measurement record(String planCode, String itemCode, int number, NewMeasurement measurement,
			List<Problem> unreadable) {
		PlanTree tree = plans.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		var plan = tree.plan();
		access.requireAllowed(tree, item);
		Indicator indicator = indicator(item, number);
		if (indicator.target() == null) {
			throw InvalidInput.of("n", "measurement.indicator.no-target", number, indicator.text());
		}
		List<Problem> problems = new ArrayList<>(unreadable);
		MeasurementRules
			.check(measurement, indicator.target().kind(), plan.periodFrom(), plan.periodTo(), LocalDate.now(clock))
			.stream()
			// "give a value" says nothing new where the value given could not be read
			.filter(rule -> unreadable.stream().noneMatch(seen -> seen.path().equals(rule.path())))
			.forEach(problems::add);
		if (plan.status() == PlanStatus.ARCHIVED) {
			problems.add(Problem.of("$", "measurement.plan.archived", plan.title()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		CurrentUser author = permissions.current();
		String note = measurement.note() == null || measurement.note().isBlank() ? null : measurement.note().strip();
		String evidence = measurement.evidence() == null || measurement.evidence().isBlank() ? null
				: measurement.evidence().strip();
		long id = db.sql("""
				insert into indicator_value (indicator_id, value, as_of, note, source, evidence_url, author_id, author_name)
				values (:indicator, :value, :asOf, :note, :source, :evidence, :authorId, :authorName)
				returning id
				""")
			.param("indicator", indicator.id())
			.param("value", measurement.value())
			.param("asOf", measurement.asOf())
			.param("note", note)
			.param("source", measurement.source().name())
			.param("evidence", evidence)
			.param("authorId", author.isSystem() ? null : author.id())
			.param("authorName", author.displayName())
			.query(Long.class)
			.single();
		audit.record(new Change("RECORDED", "MEASUREMENT", id, plan.id(), item.id(),
				item.code() + " – " + indicator.text(), "value", null,
				AuditValue.of(FollowUpAuditWords.MEASUREMENT, measurement.value().stripTrailingZeros().toPlainString(),
						measurement.asOf(), measurement.source()).text()));
		return db.sql(SELECT + " where id = :id").param("id", id).query(Measurements::row).single();
	}

	/**
	 * The values of the {@code number}th indicator of an item, newest first (by as-of date, then by
	 * when they were recorded).
	 *
	 * @throws NotFound when there is no such plan or item
	 * @throws InvalidInput ({@code n}) when the item has no such indicator
	 */
	@Transactional(readOnly = true)
	public List<Measurement> history(String planCode, String itemCode, int number) {
		PlanTree tree = plans.tree(planCode);
		return history(indicator(tree.requireItem(itemCode), number).id());
	}

	/** One indicator's values, newest first. */
	@Transactional(readOnly = true)
	public List<Measurement> history(long indicatorId) {
		return db.sql(SELECT + " where indicator_id = :indicator order by as_of desc, recorded_at desc, id desc")
			.param("indicator", indicatorId)
			.query(Measurements::row)
			.list();
	}

	/** The values of every live indicator of an item, newest first per indicator, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, List<Measurement>> historyOfItem(long itemId) {
		Map<Long, List<Measurement>> byIndicator = new LinkedHashMap<>();
		db.sql(SELECT + """
				 where indicator_id in (select indicator_id from published_indicator where item_id = :item)
				order by indicator_id, as_of desc, recorded_at desc, id desc
				""").param("item", itemId).query((ResultSet rs) -> {
			Measurement m = row(rs, 0);
			byIndicator.computeIfAbsent(m.indicatorId(), id -> new ArrayList<>()).add(m);
		});
		return byIndicator;
	}

	private static final String SELECT = """
			select id, indicator_id, value, as_of, note, source, evidence_url, author_id, author_name, recorded_at
			from indicator_value""";

	/** The item's {@code number}th indicator; a number out of range is bad input, named {@code n}. */
	static Indicator indicator(PlanItem item, int number) {
		int count = item.indicators().size();
		if (number < 1 || number > count) {
			throw count == 0 ? InvalidInput.of("n", "measurement.indicator.none", item.code())
					: InvalidInput.of("n", "measurement.indicator.range", number, count);
		}
		return item.indicators().get(number - 1);
	}

	private static Measurement row(ResultSet rs, int n) throws SQLException {
		long author = rs.getLong("author_id");
		Long authorId = rs.wasNull() ? null : author;
		var value = rs.getBigDecimal("value").stripTrailingZeros();
		return new Measurement(rs.getLong("id"), rs.getLong("indicator_id"),
				value.scale() < 0 ? value.setScale(0) : value, rs.getDate("as_of").toLocalDate(), rs.getString("note"),
				MeasurementSource.valueOf(rs.getString("source")), rs.getString("evidence_url"), authorId,
				rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant());
	}
}
