package no.planspor.exchange;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;
import no.planspor.account.SystemIdentity;
import no.planspor.exchange.seed.SeedPlans;

import static no.planspor.exchange.PlanDocuments.JSON;
import static no.planspor.exchange.PlanDocuments.at;
import static no.planspor.exchange.PlanDocuments.bytes;
import static no.planspor.exchange.PlanDocuments.freshCode;
import static no.planspor.exchange.PlanDocuments.item;
import static no.planspor.exchange.PlanDocuments.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * planspor-plan/1 is a contract: the export is canonical, and export → import under a new code →
 * export gives the same document back, byte for byte but for the code.
 */
@PlansporTest
class PlanRoundTripTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	TransactionTemplate transaction;

	static List<Resource> seeds() {
		return SeedPlans.seeds();
	}

	@Test
	void thereAreThreeSeedFiles() {
		assertThat(seeds()).extracting(Resource::getFilename)
			.containsExactly("01-ous-forskningsstrategi-2025-2029.json", "02-tik-forskning-2022-2025.json",
					"03-krn-forskning-2025-2029.json");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void theApiServesEachSeedPlanExactlyAsItsFile(Resource seed) {
		byte[] file = SeedPlans.read(seed);
		String code = JSON.readTree(file).get("code").stringValue();

		HttpResponse<byte[]> response = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.getBytes("/api/plans/" + code);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8))
			.isEqualTo(new String(file, StandardCharsets.UTF_8));
		assertThat(response.body()).isEqualTo(file);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void eachSeedPlanSurvivesExportImportExportUnderANewCode(Resource seed) {
		String original = new String(SeedPlans.read(seed), StandardCharsets.UTF_8);
		String code = JSON.readTree(original).get("code").stringValue();
		String copyCode = freshCode(code.substring(0, code.indexOf('-')) + "-copy");

		String copy = rolledBack(() -> {
			String exported = exchange.export(code);
			exchange.importPlan(withCode(exported, code, copyCode).getBytes(StandardCharsets.UTF_8));
			return exchange.export(copyCode);
		});

		assertThat(copy).isEqualTo(withCode(original, code, copyCode));
		// The KRN copy keeps its link to the strategy, and every strategy reference with it.
		assertThat(JSON.readTree(copy).get("parent")).isEqualTo(JSON.readTree(original).get("parent"));
	}

	@Test
	void aPlanThatUsesEveryMemberOfTheFormatSurvivesTheRoundTrip() {
		String code = freshCode("every-member");
		ObjectNode document = everyMember(code);
		var admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);

		HttpResponse<String> created = admin.post("/api/plans", bytes(document));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String exported = admin.get("/api/plans/" + code).body();

		// Same members, same order, same values.
		assertThat(JSON.writeValueAsString(JSON.readTree(exported)))
			.isEqualTo(JSON.writeValueAsString(JSON.readTree(bytes(document))));

		String copyCode = freshCode("every-member-copy");
		assertThat(admin.post("/api/plans", withCode(exported, code, copyCode).getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(201);
		assertThat(admin.get("/api/plans/" + copyCode).body()).isEqualTo(withCode(exported, code, copyCode));
	}

	@Test
	void twoExportsOfAPlanAreTheSame() {
		assertThat(exchange.export("krn-forskning-2025-2029")).isEqualTo(exchange.export("krn-forskning-2025-2029"));
	}

	/** The plan's own code is the first {@code "code"} member of the document, on its own line. */
	static String withCode(String document, String from, String to) {
		String line = "\n  \"code\": \"" + from + "\",\n";
		assertThat(document).contains(line);
		return document.replaceFirst(java.util.regex.Pattern.quote(line),
				java.util.regex.Matcher.quoteReplacement("\n  \"code\": \"" + to + "\",\n"));
	}

	/** Imports and exports inside a transaction that is rolled back, so the seed data stays as it was. */
	private String rolledBack(java.util.function.Supplier<String> work) {
		return SystemIdentity.call(() -> transaction.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		}));
	}

	/** Every member of planspor-plan/1 with a value, every kind of target, statuses and forward see-also links. */
	static ObjectNode everyMember(String code) {
		ObjectNode doc = valid(code);
		doc.put("title", "Planspor-testplan med alle felt");
		doc.put("status", "ADOPTED");
		doc.putObject("adopted").put("on", "2025-02-03").put("by", "Klinikkledermøtet").put("note", "Behandlet i FU.");
		doc.withArray("sections").addObject().putNull("heading").put("body", "Uten overskrift.\n\n- punkt ett\n- punkt to");
		ArrayNode references = doc.withArray("references");
		references.addObject().put("title", "Forskningsstrategi 2025-2029").put("url", "https://example.org/strategi");
		references.addObject().put("title", "Uten adresse").putNull("url");
		doc.withArray("parties").addObject().put("code", "CRAI").put("name", "CRAI").put("kind", "UNIT");
		doc.withArray("shortlists").addObject().put("code", "2028-2029").put("title", "Kortliste 2028-2029");

		ObjectNode first = at(doc, "$.items[0].children[0]");
		first.put("deadline", "2027-06-30");
		first.put("comment", "Hovedansvar: klinikkleder m.fl.");
		first.withArray("shortlists").add("2026-2027").add("2028-2029");
		first.withArray("seeAlso").add("2a.i");
		first.putObject("status").put("state", "AT_RISK").put("asOf", "2025-09-15").put("progress", 40)
			.put("text", "Mangler finansiering.");
		ArrayNode indicators = first.withArray("indicators");
		indicators.removeAll();
		target(indicators, "Minst 3 PhD", "COUNT", 3, "PhD", "PLAN", null, null);
		target(indicators, "Data fra minst 50% av pasientene", "PERCENT", 50, "%", "PLAN", null, "2028-12-31");
		ObjectNode increase = target(indicators, "Økt andel med 20%", "INCREASE_PERCENT", 20, "%", "PLAN", null, null);
		((ObjectNode) increase.get("target")).putObject("baseline").put("value", new java.math.BigDecimal("12.5")).put("asOf", "2025-01-01");
		target(indicators, "Minst NOK 30 mill/år", "AMOUNT", 30_000_000, "NOK", "YEAR", null, null);
		target(indicators, "Implementert i perioden", "MILESTONE", null, null, null, null, "2029-06-30");
		target(indicators, "Årlig forskningsseminar", "RECURRING", 1, null, "YEAR", null, null);
		indicators.addObject().put("text", "Uten mål").putNull("target");

		ObjectNode second = at(doc, "$.items[0].children[1]");
		second.putObject("status").put("state", "DONE").put("asOf", "2025-11-15").put("progress", 100).putNull("text");
		ObjectNode goal2 = at(doc, "$.items[1]");
		goal2.put("text", "Et mål med både tittel og tekst.");
		goal2.put("comment", "Merknad: målet har en kommentar.");
		goal2.putObject("status").put("state", "ON_TRACK").put("asOf", "2025-12-01").putNull("progress").putNull("text");
		ObjectNode subgoal = at(doc, "$.items[1].children[0]");
		subgoal.withArray("responsible").add("CRAI");
		subgoal.withArray("indicators").addObject().put("text", "Indikator på delmål").putNull("target");
		ObjectNode direct = item(goal2.withArray("children"), "MEASURE", "T2.2 a)", "Tiltak med tittel", "og tekst");
		direct.withArray("strategyRefs").add("2.2").add("2.3");
		direct.withArray("seeAlso").add("T1.1 a)").add("2a.i");
		return doc;
	}

	private static ObjectNode target(ArrayNode indicators, String text, String kind, Number value, String unit,
			String per, Object baseline, String due) {
		ObjectNode indicator = indicators.addObject().put("text", text);
		ObjectNode target = indicator.putObject("target").put("kind", kind);
		if (value == null) {
			target.putNull("value");
		}
		else {
			target.put("value", value.longValue());
		}
		target.put("unit", unit).put("per", per).putNull("baseline").put("due", due);
		return indicator;
	}
}
