package no.planspor.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.exchange.PlanDocuments;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans and people for the indicator tests: a copy of the KRN plan under a fresh code and a unit of its
 * own (so that no other test notices), with targets on a few indicators, and one user per role.
 *
 * <ul>
 * <li>{@code T2.4 a)}: 1 no target, text "Minst 3 PhD gjennom næringslivssamarbeid"; 2 COUNT 3 registre for the plan (responsible: FG ledere, Avd
 * ledere, Forskere, FU KRN)</li>
 * <li>{@code T1.1 b)}: 1 RECURRING once a year; 2 MILESTONE</li>
 * <li>{@code T1.2 a) b)}: 1 PERCENT 50, 2 AMOUNT 1 000 000 NOK per year</li>
 * </ul>
 */
final class IndicatorPlans {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String COUNT_ITEM = "T2.4 a)";

	static final String YEARLY_ITEM = "T1.1 b)";

	static final String SHARE_ITEM = "T1.2 a) b)";

	/** Has no target and its text gives no number: "Økt antall kommersialiseringsløp i perioden 25-29". */
	static final String UNSAID_ITEM = "T4.2 a)";

	static final String PROPOSABLE = "Minst 3 PhD gjennom næringslivssamarbeid";

	/** A plan imported for one test class, with its unit and the people who act on it. */
	record Fixture(String code, String unitCode, long planId, long unitId, String admin, String editor,
			String otherEditor, String contributor, String outsider, String reader) {

		String valuesPath(String item, int n) {
			return "/api/plans/" + code + "/items/" + encode(item) + "/indicators/" + n + "/values";
		}

		String itemPage(String item) {
			return "/plans/" + code + "/items/" + encode(item);
		}

		String targetPage(String item, int n) {
			return itemPage(item) + "/indicators/" + n + "/target";
		}

		String valuesForm(String item, int n) {
			return itemPage(item) + "/indicators/" + n + "/values";
		}
	}

	private IndicatorPlans() {
	}

	/**
	 * Imports the plan (as the administrator) and makes the people: an admin, an EDITOR of the plan's
	 * unit, an EDITOR of another unit, a CONTRIBUTOR standing for FU KRN in the plan (responsible for the
	 * items above), a CONTRIBUTOR standing for nobody here, and a READER who is FU KRN too.
	 */
	static Fixture create(int port, JdbcClient db, UserAccounts accounts, String prefix) {
		return create(port, db, accounts, prefix, "ADOPTED");
	}

	static Fixture create(int port, JdbcClient db, UserAccounts accounts, String prefix, String status) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String code = prefix + "-" + suffix;
		String unitCode = ("I" + suffix).toUpperCase();
		ObjectNode doc = krnCopy(code, unitCode);
		doc.put("status", status);
		HttpResponse<String> imported = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		if (imported.statusCode() != 201) {
			throw new AssertionError("Import failed: " + imported.body());
		}
		long planId = AccountFixtures.planId(db, code);
		long unitId = AccountFixtures.unitId(db, unitCode);
		String admin = person(accounts, "admin", Role.ADMIN);
		String editor = person(accounts, "editor", Role.EDITOR);
		AccountFixtures.grantUnit(db, id(db, editor), unitId);
		String otherEditor = person(accounts, "other-editor", Role.EDITOR);
		AccountFixtures.grantUnit(db, id(db, otherEditor), AccountFixtures.unitId(db, "KRN"));
		String contributor = person(accounts, "contributor", Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, id(db, contributor), "FU KRN", planId);
		String outsider = person(accounts, "outsider", Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, id(db, outsider), "Seksjonsledere", planId);
		String reader = person(accounts, "reader", Role.READER);
		AccountFixtures.memberOfPlan(db, id(db, reader), "FU KRN", planId);
		return new Fixture(code, unitCode, planId, unitId, admin, editor, otherEditor, contributor, outsider, reader);
	}

	static ObjectNode krnCopy(String code, String unitCode) {
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unitCode).put("name", "Indikatortestklinikken " + unitCode);
		// A text the parser proposes a target for (COUNT 3 PhD), on an indicator without target.
		((ObjectNode) PlanDocuments.item(doc, COUNT_ITEM).get("indicators").get(0)).put("text", PROPOSABLE);
		target(doc, COUNT_ITEM, 2, "{\"kind\":\"COUNT\",\"value\":3,\"unit\":\"registre\",\"per\":\"PLAN\",\"baseline\":null,\"due\":null}");
		target(doc, YEARLY_ITEM, 1, "{\"kind\":\"RECURRING\",\"value\":1,\"unit\":null,\"per\":\"YEAR\",\"baseline\":null,\"due\":null}");
		target(doc, YEARLY_ITEM, 2, "{\"kind\":\"MILESTONE\",\"value\":null,\"unit\":null,\"per\":null,\"baseline\":null,\"due\":null}");
		target(doc, SHARE_ITEM, 1, "{\"kind\":\"PERCENT\",\"value\":50,\"unit\":\"%\",\"per\":\"PLAN\",\"baseline\":null,\"due\":null}");
		target(doc, SHARE_ITEM, 2, "{\"kind\":\"AMOUNT\",\"value\":1000000,\"unit\":\"NOK\",\"per\":\"YEAR\",\"baseline\":null,\"due\":null}");
		return doc;
	}

	static long count(JdbcClient db, String table) {
		return AccountFixtures.count(db, table);
	}

	static String encode(String itemCode) {
		return URLEncoder.encode(itemCode, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void target(ObjectNode doc, String itemCode, int n, String target) {
		ObjectNode item = PlanDocuments.item(doc, itemCode);
		((ObjectNode) item.get("indicators").get(n - 1)).set("target", JSON.readTree(target));
	}

	private static String person(UserAccounts accounts, String role, Role kind) {
		String username = AccountFixtures.unique("ind-" + role);
		AccountFixtures.user(accounts, username, kind);
		return username;
	}

	private static long id(JdbcClient db, String username) {
		return db.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}

}
