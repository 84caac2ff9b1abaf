package no.planspor.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Permissions;
import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.EditingPlans.Pair;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.editing.PartyEditing.EditableParty;
import no.planspor.plan.editing.PlanDetailsEditing;
import no.planspor.plan.editing.PlanDetailsEditing.PlanDetails;
import no.planspor.plan.editing.PlanDetailsEditing.PlanDraft;
import no.planspor.plan.editing.ReferenceEditing;
import no.planspor.plan.editing.SectionEditing;
import no.planspor.plan.editing.SectionEditing.EditableSection;
import no.planspor.plan.editing.UnitEditing;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Creating plans and editing their facts, status, sections, references and parties; the unit tree. */
@PlansporTest
class PlanEditingTest {

	@Autowired
	PlanDetailsEditing details;

	@Autowired
	SectionEditing sections;

	@Autowired
	ReferenceEditing references;

	@Autowired
	PartyEditing parties;

	@Autowired
	UnitEditing units;

	@Autowired
	PlanReader plans;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Permissions permissions;

	static <T> T admin(Supplier<T> work) {
		return SystemIdentity.call(work);
	}

	@Test
	void anEditorCreatesADraftPlanInTheirUnitAndNowhereElse() {
		EditingPlans.krnWithStrategy(exchange);
		EditingPlans.tik(exchange, EditingPlans.OTHER_UNIT, EditingPlans.OTHER_UNIT_NAME);
		String editor = editorOf(EditingPlans.UNIT);
		String code = EditingPlans.fresh("ny-plan");

		Plan created = AccountFixtures.as(accounts, editor, () -> details.create(new PlanDraft(code,
				PlanKind.ACTION_PLAN, "  Handlingsplan 2026-2030 ", EditingPlans.UNIT, 2026, 2030,
				"ous-forskningsstrategi-2025-2029")));

		assertThat(created.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(created.title()).isEqualTo("Handlingsplan 2026-2030");
		assertThat(created.parentCode()).isEqualTo("ous-forskningsstrategi-2025-2029");
		assertThat(plans.tree(code).items()).isEmpty();
		assertThat(AccountFixtures.auditOf(db, "PLAN", created.id())).containsExactly(
				editor + " CREATED: ∅ → ACTION_PLAN, " + EditingPlans.UNIT + ", 2026–2030");

		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> AccountFixtures.as(accounts, editor,
				() -> details.create(new PlanDraft(code, PlanKind.STRATEGY, "", EditingPlans.OTHER_UNIT, 2031, 2030,
						"ous-forskningsstrategi-2025-2029"))));
		assertThat(refused.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("code", "plan.edit.plan-code.taken"),
				org.assertj.core.groups.Tuple.tuple("title", "plan.edit.required"),
				org.assertj.core.groups.Tuple.tuple("unitCode", "plan.edit.unit.forbidden"),
				org.assertj.core.groups.Tuple.tuple("periodTo", "plan.edit.period.backwards"),
				org.assertj.core.groups.Tuple.tuple("parentCode", "plan.edit.parent-plan.strategy"));
		InvalidInput more = catchThrowableOfType(InvalidInput.class, () -> admin(() -> details.create(
				new PlanDraft("Ikke Gyldig", null, "x", "FINNES-IKKE", 1800, null, "tik-forskning-2022-2025"))));
		assertThat(more.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("code", "plan.edit.plan-code"),
				org.assertj.core.groups.Tuple.tuple("kind", "plan.edit.required"),
				org.assertj.core.groups.Tuple.tuple("unitCode", "plan.edit.unit.unknown"),
				org.assertj.core.groups.Tuple.tuple("periodFrom", "plan.edit.year"),
				org.assertj.core.groups.Tuple.tuple("periodTo", "plan.edit.required"),
				org.assertj.core.groups.Tuple.tuple("parentCode", "plan.edit.parent-plan.not-strategy"));
		assertProblem(() -> details.create(new PlanDraft("new", PlanKind.ACTION_PLAN, "x", EditingPlans.UNIT, 2025, 2026,
				null)), "code", "plan.edit.plan-code.taken");

		String reader = AccountFixtures.unique("reader");
		AccountFixtures.user(accounts, reader, Role.READER);
		assertThatThrownBy(() -> AccountFixtures.as(accounts, reader, () -> details.create(new PlanDraft(
				EditingPlans.fresh("nei"), PlanKind.ACTION_PLAN, "x", EditingPlans.UNIT, 2025, 2026, null))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void detailsChangeWithTheirAuditAndAStrategyInUseCannotBeSwapped() {
		Pair pair = EditingPlans.krnWithStrategy(exchange);
		Plan plan = plans.get(pair.plan());

		Plan saved = admin(() -> details.editDetails(pair.plan(),
				new PlanDetails("Ny tittel", EditingPlans.UNIT, 2025, 2030, pair.strategy()), plan.version()));

		assertThat(saved.title()).isEqualTo("Ny tittel");
		assertThat(saved.periodTo()).isEqualTo(2030);
		assertThat(AccountFixtures.auditOf(db, "PLAN", plan.id())).contains("system UPDATED title: " + plan.title()
				+ " → Ny tittel", "system UPDATED period: 2025–2029 → 2025–2030");
		assertProblem(() -> details.editDetails(pair.plan(), new PlanDetails("Ny tittel", EditingPlans.UNIT, 2025, 2030,
				"ous-forskningsstrategi-2025-2029"), saved.version()), "parentCode", "plan.edit.parent-plan.in-use");
		assertThatThrownBy(() -> admin(() -> details.editDetails(pair.plan(),
				new PlanDetails("Gammel versjon", EditingPlans.UNIT, 2025, 2030, pair.strategy()), plan.version())))
			.isInstanceOf(Conflict.class);
		assertThat(plans.get(pair.plan()).title()).isEqualTo("Ny tittel");
	}

	@Test
	void statusChangesAreGuarded() {
		EditingPlans.krnWithStrategy(exchange);
		Plan draft = admin(() -> details.create(new PlanDraft(EditingPlans.fresh("status"), PlanKind.ACTION_PLAN,
				"Statusplan", EditingPlans.UNIT, 2025, 2029, null)));
		String code = draft.code();
		assertProblem(() -> details.changeStatus(code, PlanStatus.ADOPTED, null, draft.version()), "adoptedOn",
				"plan.edit.adopted-on.required");
		assertProblem(() -> details.changeStatus(code, PlanStatus.ADOPTED,
				new Adoption(LocalDate.now().plusDays(3), null, null), draft.version()), "adoptedOn",
				"plan.edit.adopted-on.future");
		assertProblem(() -> details.changeStatus(code, PlanStatus.DRAFT,
				new Adoption(LocalDate.of(2025, 1, 1), "KL", null), draft.version()), "adoptedOn",
				"plan.edit.adoption.draft");

		Plan adopted = admin(() -> details.changeStatus(code, PlanStatus.ADOPTED,
				new Adoption(LocalDate.of(2026, 5, 11), "Klinikkledermøtet", "Behandlet i FU"), draft.version()));
		assertThat(adopted.status()).isEqualTo(PlanStatus.ADOPTED);
		assertThat(adopted.adoption().by()).isEqualTo("Klinikkledermøtet");
		assertProblem(() -> details.changeStatus(code, PlanStatus.DRAFT, null, adopted.version()), "status",
				"plan.edit.status.no-draft");
		Plan archived = admin(() -> details.changeStatus(code, PlanStatus.ARCHIVED, adopted.adoption(), adopted.version()));
		assertThat(archived.status()).isEqualTo(PlanStatus.ARCHIVED);
		assertThat(AccountFixtures.auditOf(db, "PLAN", draft.id())).contains("system UPDATED status: [\"plan-status\",\"DRAFT\"] → [\"plan-status\",\"ADOPTED\"]",
				"system UPDATED adoptedOn: ∅ → [\"date\",\"2026-05-11\"]",
				"system UPDATED status: [\"plan-status\",\"ADOPTED\"] → [\"plan-status\",\"ARCHIVED\"]");
		assertProblem(() -> details.changeStatus(code, PlanStatus.DRAFT, null, archived.version()), "status",
				"plan.edit.status.no-draft");
	}

	@Test
	void sectionsAreAddedEditedReorderedAndDeletedWithTheirTextKept() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		long planId = plans.get(plan).id();
		int before = sections.sections(plan).size();

		EditableSection added = admin(() -> sections.addSection(plan, "Ny overskrift", "Litt **tekst**."));
		assertThat(sections.sections(plan)).hasSize(before + 1).last().satisfies(s -> assertThat(s.id()).isEqualTo(added.id()));
		assertProblem(() -> sections.addSection(plan, "h".repeat(Limits.SECTION_HEADING + 1), " "), "body",
				"plan.edit.required");
		EditableSection edited = admin(() -> sections.editSection(plan, added.id(), null, "Annen tekst", added.version()));
		assertThatThrownBy(() -> admin(() -> sections.editSection(plan, added.id(), "x", "y", added.version())))
			.isInstanceOf(Conflict.class);
		admin(() -> {
			sections.reorderSection(plan, added.id(), -1, edited.version());
			return null;
		});
		assertThat(sections.sections(plan).get(before - 1).id()).isEqualTo(added.id());
		EditableSection moved = sections.sections(plan).get(before - 1);
		admin(() -> {
			sections.deleteSection(plan, added.id(), moved.version());
			return null;
		});
		assertThat(sections.sections(plan)).hasSize(before);
		assertThat(AccountFixtures.auditOf(db, "SECTION", added.id())).containsExactly(
				"system CREATED: ∅ → Litt **tekst**.", "system UPDATED heading: Ny overskrift → ∅",
				"system UPDATED body: Litt **tekst**. → Annen tekst", "system MOVED position: " + (before + 1) + " → " + before,
				"system DELETED: Annen tekst → ∅");
		assertThat(db.sql("select count(*) from audit_event where plan_id = :plan and entity_type = 'SECTION'")
			.param("plan", planId).query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void referencesAreReplacedAsAListUnderThePlansVersion() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		Plan current = plans.get(plan);

		assertThat(catchThrowableOfType(InvalidInput.class, () -> admin(() -> references.setReferences(plan,
				List.of(new Reference("", "javascript:alert(1)"), new Reference("OK", "ftp://x")), current.version())))
			.problems()).extracting(Problem::path).containsExactly("references[0].title", "references[0].url",
					"references[1].url");
		Plan saved = admin(() -> references.setReferences(plan,
				List.of(new Reference("Forskningsstrategi 2025-2029", "https://www.oslo-universitetssykehus.no/")),
				current.version()));

		assertThat(saved.version()).isEqualTo(current.version() + 1);
		assertThat(plans.tree(plan).references()).extracting(Reference::url)
			.containsExactly("https://www.oslo-universitetssykehus.no/");
		assertThatThrownBy(() -> admin(() -> references.setReferences(plan, List.of(), current.version())))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void whoStandsForAPartyStandsForItUnderItsNewCode() {
		String plan = EditingPlans.krnWithStrategy(exchange, "X-RENAME", "Omdøpingsklinikken").plan();
		long planId = AccountFixtures.planId(db, plan);
		long unitId = AccountFixtures.unitId(db, "X-RENAME");
		long inPlan = AccountFixtures.user(accounts, AccountFixtures.unique("crai-plan"), Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, inPlan, "CRAI", planId);
		long inUnit = AccountFixtures.user(accounts, AccountFixtures.unique("crai-unit"), Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, inUnit, "CRAI", unitId);
		long both = AccountFixtures.user(accounts, AccountFixtures.unique("crai-both"), Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, both, "CRAI", planId);
		AccountFixtures.memberOfPlan(db, both, "CRAI-senteret", planId);
		EditableParty crai = parties.parties(plan).stream().filter(p -> p.code().equals("CRAI")).findFirst().orElseThrow();

		admin(() -> parties.editParty(plan, crai.id(), "CRAI-senteret", crai.name(), PartyKind.UNIT, crai.version()));

		assertThat(memberships(inPlan)).containsExactly("CRAI-senteret in plan " + planId);
		// The unit's other plans still say CRAI; in this one the unit member stands for the new code.
		assertThat(memberships(inUnit)).containsExactly("CRAI in unit " + unitId, "CRAI-senteret in plan " + planId);
		assertThat(memberships(both)).containsExactly("CRAI-senteret in plan " + planId);
		for (long person : List.of(inPlan, inUnit, both)) {
			String username = db.sql("select username from app_user where id = :id").param("id", person)
				.query(String.class).single();
			assertThat(AccountFixtures.as(accounts, username,
					() -> permissions.mayContribute(planId, unitId, List.of("CRAI-senteret"))))
				.as("%s may still record on CRAI's measures", username)
				.isTrue();
		}
		assertThat(db.sql("""
				select action || ' ' || coalesce(old_value, '∅') || ' → ' || coalesce(new_value, '∅')
				from audit_event where entity_type = 'PARTY_MEMBER' and plan_id = :plan order by id
				""").param("plan", planId).query(String.class).list())
			.containsExactly("UPDATED CRAI → CRAI-senteret", "DELETED CRAI → ∅", "CREATED ∅ → CRAI-senteret");
	}

	private List<String> memberships(long userId) {
		return db.sql("""
				select party_code || case when plan_id is null then ' in unit ' || unit_id else ' in plan ' || plan_id end
				from party_member where user_id = :user order by plan_id nulls first, party_code
				""").param("user", userId).query(String.class).list();
	}

	@Test
	void partiesFollowIntoItemsByIdAndOneInUseIsOnlyDeletedWhenSaidSo() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		EditableParty crai = parties.parties(plan).stream().filter(p -> p.code().equals("CRAI")).findFirst().orElseThrow();
		assertThat(crai.items()).contains("T1.3 c)", "T1.3 d)");

		admin(() -> parties.editParty(plan, crai.id(), "CRAI-senteret", crai.name(), PartyKind.UNIT, crai.version()));
		assertThat(plans.tree(plan).item("T1.3 d)").orElseThrow().responsible()).extracting(Party::code)
			.containsExactly("CRAI-senteret");
		assertProblem(() -> parties.editParty(plan, crai.id(), "Forskningsleder", "x", PartyKind.ROLE, crai.version() + 1),
				"code", "plan.edit.party.code.taken");
		assertProblem(() -> parties.addParty(plan, "", "", null), "kind", "plan.edit.required");

		EditableParty renamed = parties.parties(plan).stream().filter(p -> p.id() == crai.id()).findFirst().orElseThrow();
		PlanItem before = plans.tree(plan).item("T1.3 d)").orElseThrow();
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> admin(() -> {
					parties.deleteParty(plan, crai.id(), renamed.version(), false);
					return null;
				}));
		assertThat(refused.problems()).extracting(Problem::path).containsExactly("removeFromItems");
		assertThat(parties.parties(plan)).extracting(EditableParty::id).contains(crai.id());

		admin(() -> {
			parties.deleteParty(plan, crai.id(), renamed.version(), true);
			return null;
		});
		PlanItem after = plans.tree(plan).item("T1.3 d)").orElseThrow();
		assertThat(after.responsible()).isEmpty();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(AccountFixtures.auditOf(db, "ITEM", after.id())).containsExactly(
				"system UPDATED responsible: CRAI-senteret → ∅");
		assertThat(AccountFixtures.auditOf(db, "PARTY", crai.id())).containsExactly(
				"system UPDATED code: CRAI → CRAI-senteret", "system DELETED: UNIT → ∅");
	}

	@Test
	void onlyAdminsShapeTheUnitTreeAndItHasNoLoops() {
		String top = "T" + EditingPlans.fresh("U").substring(2, 10).toUpperCase().replace("-", "");
		UnitEditing.EditableUnit root = admin(() -> units.create(top, "Testsykehuset", null));
		UnitEditing.EditableUnit child = admin(() -> units.create(top + "-A", "Testavdeling A", top));
		assertThat(child.parentId()).isEqualTo(root.id());
		assertProblem(() -> units.create(top, "Igjen", null), "code", "plan.edit.unit.code.taken");
		assertProblem(() -> units.create("med mellomrom", "", "FINNES-IKKE"), "code", "plan.edit.unit.code.characters");
		assertProblem(() -> units.edit(top, "Testsykehuset", top + "-A", root.version()), "parentCode",
				"plan.edit.unit.cycle");

		UnitEditing.EditableUnit renamed = admin(() -> units.edit(top + "-A", "Testavdeling A (ny)", null, child.version()));
		assertThat(renamed.parentId()).isNull();
		assertThat(units.tree()).extracting(node -> node.unit().code()).contains(top, top + "-A");
		assertThat(AccountFixtures.auditOf(db, "UNIT", child.id())).containsExactly("system CREATED: ∅ → " + top,
				"system UPDATED name: Testavdeling A → Testavdeling A (ny)", "system UPDATED parent: " + top + " → ∅");
		assertThatThrownBy(() -> admin(() -> units.edit(top + "-A", "x", null, child.version()))).isInstanceOf(Conflict.class);

		String editor = editorOf("KRN");
		assertThatThrownBy(() -> AccountFixtures.as(accounts, editor, () -> units.create(top + "-B", "Nei", null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private String editorOf(String unit) {
		String editor = AccountFixtures.unique("editor");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR), AccountFixtures.unitId(db, unit));
		return editor;
	}

	private static void assertProblem(Supplier<?> work, String path, String code) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> admin(work));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.problems()).extracting(Problem::path, Problem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(path, code));
	}
}
