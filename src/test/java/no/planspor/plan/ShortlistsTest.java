package no.planspor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Shortlists: created, renamed, filled and deleted by the unit's editors only; versioned so that a
 * save from an old page is refused; audited on the list and on every item that comes on or goes off.
 * Each test works on a KRN copy of its own in a unit of its own.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistsTest {

	static final String UNIT = "SLT";

	@Autowired
	Shortlists shortlists;

	@Autowired
	PlanReader plans;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	String editor;

	String otherEditor;

	String contributor;

	String reader;

	@BeforeAll
	void people() {
		// A plan first, so that the unit exists to grant.
		krnCopy();
		long unit = AccountFixtures.unitId(db, UNIT);
		editor = person(Role.EDITOR);
		AccountFixtures.grantUnit(db, id(editor), unit);
		otherEditor = person(Role.EDITOR);
		contributor = person(Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id(contributor), "FU KRN", unit);
		reader = person(Role.READER);
	}

	@Test
	void anEditorCreatesAShortlistAtTheEndOfTheList() {
		String plan = krnCopy();
		Shortlists.Summary created = as(editor, () -> shortlists.create(plan, "  2028-2029 ", " Kortliste 2028-2029 "));

		assertThat(created.code()).isEqualTo("2028-2029");
		assertThat(created.title()).isEqualTo("Kortliste 2028-2029");
		assertThat(created.version()).isZero();
		assertThat(shortlists.of(plan)).extracting(Shortlists.Summary::code).containsExactly("2026-2027", "2028-2029");
		assertThat(plans.tree(plan).shortlists()).extracting(Shortlist::title)
			.containsExactly("Kortliste 2026-2027", "Kortliste 2028-2029");
		assertThat(AccountFixtures.auditOf(db, "SHORTLIST", created.shortlist().id()))
			.containsExactly(editor + " CREATED: ∅ → 2028-2029 – Kortliste 2028-2029");
	}

	@Test
	void badInputIsRefusedWithEveryProblemAndNothingIsWritten() {
		String plan = krnCopy();
		long before = AccountFixtures.count(db, "shortlist");

		assertThat(problems(() -> shortlists.create(plan, " ", ""))).containsExactly(
				Problem.of("code", "shortlist.code.required"), Problem.of("title", "shortlist.title.required"));
		assertThat(problems(() -> shortlists.create(plan, "x".repeat(41), "y".repeat(201)))).containsExactly(
				Problem.of("code", "shortlist.code.too-long", 41, Limits.SHORTLIST_CODE),
				Problem.of("title", "shortlist.title.too-long", 201, Limits.SHORTLIST_TITLE));
		assertThat(problems(() -> shortlists.create(plan, "2026/2027", "Kortliste")))
			.containsExactly(Problem.of("code", "shortlist.code.characters"));
		assertThat(problems(() -> shortlists.create(plan, "2026-2027", "Samme kode")))
			.containsExactly(Problem.of("code", "shortlist.code.taken", "2026-2027"));
		assertThat(AccountFixtures.count(db, "shortlist")).isEqualTo(before);
	}

	@Test
	void onlyEditorsOfThePlansUnitMayChangeShortlists() {
		String plan = krnCopy();
		int version = shortlists.get(plan, "2026-2027").version();
		for (String person : List.of(otherEditor, contributor, reader)) {
			assertThatThrownBy(() -> as(person, () -> shortlists.create(plan, "ny", "Ny")))
				.as(person).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(person, () -> shortlists.rename(plan, "2026-2027", "a", "A", version)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(person, () -> {
				shortlists.putOn(plan, "2026-2027", "T1.1 a)");
				return null;
			})).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(person, () -> shortlists.setItems(plan, "2026-2027", List.of("T1.1 a)"), version)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(person, () -> {
				shortlists.delete(plan, "2026-2027", version);
				return null;
			})).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(shortlists.of(plan)).singleElement().satisfies(list -> {
			assertThat(list.title()).isEqualTo("Kortliste 2026-2027");
			assertThat(list.items()).isZero();
			assertThat(list.version()).isEqualTo(version);
		});
		// Admins may too.
		as("admin", () -> shortlists.create(plan, "admin", "Adminlisten"));
		assertThat(shortlists.of(plan)).hasSize(2);
	}

	@Test
	void renamingNeedsTheVersionItWasMadeFromAndKeepsTheItems() {
		String plan = krnCopy();
		as(editor, () -> {
			shortlists.putOn(plan, "2026-2027", "T1.1 a)");
			return null;
		});
		Shortlists.Summary before = shortlists.get(plan, "2026-2027");

		Shortlists.Summary renamed = as(editor,
				() -> shortlists.rename(plan, "2026-2027", "2026-27", "Prioritert 2026-2027", before.version()));
		assertThat(renamed.version()).isEqualTo(before.version() + 1);
		assertThat(plans.tree(plan).item("T1.1 a)").orElseThrow().shortlists()).extracting(Shortlist::code)
			.containsExactly("2026-27");
		assertThat(AccountFixtures.auditOf(db, "SHORTLIST", before.shortlist().id())).contains(
				editor + " UPDATED code: 2026-2027 → 2026-27",
				editor + " UPDATED title: Kortliste 2026-2027 → Prioritert 2026-2027");

		// The second save from the same (old) page is refused and shows what is stored now.
		assertThatThrownBy(() -> as(editor, () -> shortlists.rename(plan, "2026-27", "x", "Mitt navn", before.version())))
			.isInstanceOfSatisfying(Conflict.class, conflict -> {
				assertThat(conflict.code()).isEqualTo("error.conflict.stale");
				assertThat(((Shortlists.Summary) conflict.current()).title()).isEqualTo("Prioritert 2026-2027");
			});
		assertThat(shortlists.get(plan, "2026-27").title()).isEqualTo("Prioritert 2026-2027");
		assertThatThrownBy(() -> shortlists.get(plan, "2026-2027")).isInstanceOf(NotFound.class);
	}

	@Test
	void puttingOnAndTakingOffIsIdempotentAndAuditedOnTheItem() {
		String plan = krnCopy();
		PlanItem item = plans.tree(plan).item("T2.1 a)").orElseThrow();
		int version = shortlists.get(plan, "2026-2027").version();

		as(editor, () -> {
			shortlists.putOn(plan, "2026-2027", "T2.1 a)");
			shortlists.putOn(plan, "2026-2027", "T2.1 a)");
			return null;
		});
		assertThat(plans.tree(plan).item("T2.1 a)").orElseThrow().isOn("2026-2027")).isTrue();
		assertThat(shortlists.get(plan, "2026-2027").version()).isEqualTo(version + 1);
		assertThat(shortlists.get(plan, "2026-2027").items()).isEqualTo(1);

		as(editor, () -> {
			shortlists.takeOff(plan, "2026-2027", "T2.1 a)");
			shortlists.takeOff(plan, "2026-2027", "T2.1 a)");
			return null;
		});
		assertThat(plans.tree(plan).item("T2.1 a)").orElseThrow().shortlists()).isEmpty();
		assertThat(shortlists.get(plan, "2026-2027").version()).isEqualTo(version + 2);
		assertThat(AccountFixtures.auditOf(db, "ITEM", item.id())).containsExactly(
				editor + " UPDATED shortlists: ∅ → 2026-2027", editor + " UPDATED shortlists: 2026-2027 → ∅");

		assertThatThrownBy(() -> as(editor, () -> {
			shortlists.putOn(plan, "2026-2027", "T9.9 z)");
			return null;
		})).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as(editor, () -> {
			shortlists.putOn(plan, "finnes-ikke", "T2.1 a)");
			return null;
		})).isInstanceOf(NotFound.class);
	}

	@Test
	void savingTheWholeListReplacesItsItemsOrRefusesAStaleOne() {
		String plan = krnCopy();
		as(editor, () -> {
			shortlists.putOn(plan, "2026-2027", "T1.1 a)");
			return null;
		});
		int version = shortlists.get(plan, "2026-2027").version();

		Shortlists.Summary saved = as(editor,
				() -> shortlists.setItems(plan, "2026-2027", List.of("T1.1 b)", "T3.3 a)"), version));
		assertThat(saved.items()).isEqualTo(2);
		assertThat(onList(plan, "2026-2027")).containsExactly("T1.1 b)", "T3.3 a)");

		// Someone else's page, opened before that save, cannot undo it.
		assertThatThrownBy(() -> as(editor, () -> shortlists.setItems(plan, "2026-2027", List.of("T1.1 a)"), version)))
			.isInstanceOf(Conflict.class);
		// Unknown items are refused as a whole.
		assertThat(problems(() -> as(editor,
				() -> shortlists.setItems(plan, "2026-2027", List.of("T1.1 a)", "T9.9"), saved.version()))))
			.containsExactly(Problem.of("items", "shortlist.item.unknown", "T9.9"));
		assertThat(onList(plan, "2026-2027")).containsExactly("T1.1 b)", "T3.3 a)");
	}

	@Test
	void deletingRemovesTheMarksKeepsTheItemsAndRemembersWhatWasOnIt() {
		String plan = krnCopy();
		Shortlists.Summary list = as(editor, () -> shortlists.create(plan, "slett", "Skal slettes"));
		as(editor, () -> {
			shortlists.putOn(plan, "slett", "T1.1 a)");
			shortlists.putOn(plan, "2026-2027", "T1.1 a)");
			shortlists.putOn(plan, "slett", "T4.1 b)");
			return null;
		});
		long items = plans.tree(plan).allItems().count();
		int version = shortlists.get(plan, "slett").version();

		assertThatThrownBy(() -> as(editor, () -> {
			shortlists.delete(plan, "slett", version - 1);
			return null;
		})).isInstanceOf(Conflict.class);
		as(editor, () -> {
			shortlists.delete(plan, "slett", version);
			return null;
		});

		PlanTree tree = plans.tree(plan);
		assertThat(tree.shortlists()).extracting(Shortlist::code).containsExactly("2026-2027");
		assertThat(tree.allItems().count()).isEqualTo(items);
		assertThat(tree.item("T1.1 a)").orElseThrow().shortlists()).extracting(Shortlist::code).containsExactly("2026-2027");
		assertThat(tree.item("T4.1 b)").orElseThrow().shortlists()).isEmpty();
		assertThat(AccountFixtures.auditOf(db, "SHORTLIST", list.shortlist().id()))
			.contains(editor + " DELETED: slett – Skal slettes (T1.1 a), T4.1 b)) → ∅");
		assertThat(AccountFixtures.auditOf(db, "ITEM", tree.item("T4.1 b)").orElseThrow().id()))
			.endsWith(editor + " UPDATED shortlists: slett → ∅");
		assertThat(AccountFixtures.auditOf(db, "ITEM", tree.item("T1.1 a)").orElseThrow().id()))
			.endsWith(editor + " UPDATED shortlists: 2026-2027, slett → 2026-2027");
	}

	private List<String> onList(String plan, String list) {
		return plans.tree(plan).allItems().filter(item -> item.isOn(list)).map(PlanItem::code).toList();
	}

	private String krnCopy() {
		String code = EditingPlans.fresh("shortlists");
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", UNIT).put("name", "Kortlistetestklinikken");
		PlanDocuments.importAsSystem(exchange, doc);
		return code;
	}

	private String person(Role role) {
		String username = AccountFixtures.unique("sl-" + role.name().toLowerCase());
		AccountFixtures.user(accounts, username, role);
		return username;
	}

	private long id(String username) {
		return db.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}

	private <T> T as(String username, Supplier<T> work) {
		return AccountFixtures.as(accounts, username, work);
	}

	private List<Problem> problems(Runnable work) {
		try {
			as(editor, () -> {
				work.run();
				return null;
			});
		}
		catch (InvalidInput refused) {
			return refused.problems();
		}
		throw new AssertionError("Expected the input to be refused");
	}
}
