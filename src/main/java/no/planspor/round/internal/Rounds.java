package no.planspor.round.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.PartyMembers;
import no.planspor.account.PartyMembers.Member;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.round.Round;
import no.planspor.round.RoundClosed;
import no.planspor.round.RoundResult;
import no.planspor.round.RoundResult.AskedItem;
import no.planspor.round.RoundResult.AskedPerson;
import no.planspor.round.internal.RoundLetters.Kind;
import no.planspor.round.internal.RoundLetters.LetterItem;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Every write of a round, each one transaction with its permission check first: create, open (the
 * letters go out), remind, change the schedule, close. Who may: an editor of the plan's unit, or an
 * administrator ({@link Permissions#mayEditPlansOf}), the same who may edit the plan.
 */
@Service
public class Rounds {

	private final RoundStore store;

	private final AskedStore asked;

	private final ScopeItems scopes;

	private final PartyMembers members;

	private final RoundLetters letters;

	private final PlanReader plans;

	private final Permissions permissions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rounds(RoundStore store, AskedStore asked, ScopeItems scopes, PartyMembers members, RoundLetters letters,
			PlanReader plans, Permissions permissions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.asked = asked;
		this.scopes = scopes;
		this.members = members;
		this.letters = letters;
		this.plans = plans;
		this.permissions = permissions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the signed-in person may run rounds on plans of this unit. */
	public boolean mayRun(long unitId) {
		return permissions.mayEditPlansOf(unitId);
	}

	@Transactional(readOnly = true)
	public Round require(long id) {
		return store.find(id).orElseThrow(() -> new NotFound("round.not-found", id));
	}

	/** The round, checked to belong to the plan its address names. */
	@Transactional(readOnly = true)
	public Round require(String planCode, long id) {
		Round round = require(id);
		if (!round.planCode().equals(planCode)) {
			throw new NotFound("round.not-found", id);
		}
		return round;
	}

	@Transactional(readOnly = true)
	public List<Round> ofPlan(Plan plan) {
		return store.ofPlan(plan.id());
	}

	/** Creates a draft round on plan {@code planCode}, owned by the signed-in person. */
	@Transactional
	public Round create(String planCode, NewRound round) {
		return create(planCode, round, List.of());
	}

	/** As {@link #create(String, NewRound)}, with problems found while reading the input (those fields are null). */
	@Transactional
	public Round create(String planCode, NewRound round, List<Problem> unreadable) {
		PlanTree tree = plans.tree(planCode);
		Plan plan = tree.plan();
		permissions.requireEditPlansOf(plan.unit().id());
		List<String> shortlists = tree.shortlists().stream().map(Shortlist::code).toList();
		List<String> goals = tree.allItems().filter(item -> item.kind() == ItemKind.GOAL).map(item -> item.code()).toList();
		List<Problem> problems = new ArrayList<>(unreadable);
		RoundRules.check(round, plan.periodFrom(), plan.periodTo(), shortlists, goals)
			.stream()
			.filter(rule -> unreadable.stream().noneMatch(seen -> seen.path().equals(rule.path())))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		CurrentUser owner = permissions.current();
		long id = store.insert(plan.id(), round, owner.isSystem() ? null : owner.id(), owner.displayName());
		audit.record(Change.created(RoundAuditWords.ROUND, id, plan.id(), null, round.title()));
		return require(id);
	}

	/** The letters the round has sent, newest first, for its owner's page. */
	public List<AskedStore.SentLetter> letters(Round round) {
		return asked.letters(round.id());
	}

	/** Who the round would ask, about what, if it opened now. */
	@Transactional(readOnly = true)
	public Preview preview(Round round) {
		return Preview.of(scopes.inScope(round.planId(), round.scope()), members.ofPlan(round.planId(), round.unitId()));
	}

	/**
	 * Opens a draft: fixes its items and the people asked, and queues one letter per person (never one
	 * per item) listing their items. Opening twice is refused ({@code $.state}).
	 */
	@Transactional
	public Round open(long id) {
		Round round = locked(id);
		permissions.requireEditPlansOf(round.unitId());
		round.requireOpenable();
		Preview preview = preview(round);
		if (preview.items().isEmpty()) {
			throw InvalidInput.of("$.scope", "round.scope.nothing");
		}
		asked.save(round.id(), preview);
		store.markOpened(round.id());
		Round open = require(round.id());
		audit.record(stateChange(open, "DRAFT", "OPEN"));
		LocalDate today = LocalDate.now(clock);
		for (Preview.Person person : preview.people()) {
			List<LetterItem> items = person.items()
				.stream()
				.map(item -> LetterItem.of(open.planCode(), item.code(), item.label(), null))
				.toList();
			if (letters.send(Kind.ASKED, open, person.member(), items)) {
				asked.noteLetter(open.id(), person.member().userId(), "ASKED", today, items.size());
			}
		}
		return open;
	}

	/**
	 * Reminds now, whether or not a scheduled reminder went out today: everyone who still owes answers,
	 * or only {@code username}, each with what they still owe. Answers how many letters were queued.
	 */
	@Transactional
	public int remind(long id, String username) {
		Round round = locked(id);
		permissions.requireEditPlansOf(round.unitId());
		round.requireRemindable();
		RoundResult result = asked.result(round);
		List<AskedPerson> owing = result.people().stream().filter(AskedPerson::owes).toList();
		if (username != null) {
			AskedPerson person = result.people()
				.stream()
				.filter(p -> p.username().equals(username))
				.findFirst()
				.orElseThrow(() -> InvalidInput.of("$.username", "round.remind.not-asked", username));
			if (!person.owes()) {
				throw InvalidInput.of("$.username", "round.remind.owes-nothing", person.displayName());
			}
			owing = List.of(person);
		}
		int sent = remind(result, owing, "REMINDED", LocalDate.now(clock));
		audit.record(new Change("REMINDED", RoundAuditWords.ROUND, round.id(), round.planId(), null, round.title(),
				null, null, AuditValue.of(RoundAuditWords.LETTERS, sent).text()));
		return sent;
	}

	/**
	 * Queues a reminder to each of {@code owing}, listing only what they still owe, and notes it as
	 * {@code kind}. A scheduled kind goes to a person at most once a day per round.
	 */
	int remind(RoundResult result, List<AskedPerson> owing, String kind, LocalDate today) {
		Round round = result.round();
		Map<Long, Member> people = members.people(owing.stream().map(AskedPerson::userId).toList());
		Map<String, AskedItem> items = new java.util.HashMap<>();
		result.items().forEach(item -> items.put(item.code(), item));
		int sent = 0;
		for (AskedPerson person : owing) {
			Member member = people.get(person.userId());
			if (member == null) {
				continue;
			}
			List<LetterItem> missing = person.missingCodes()
				.stream()
				.map(items::get)
				.map(item -> LetterItem.of(round.planCode(), item.code(), item.label(), null))
				.toList();
			if (member.email() == null || member.email().isBlank()) {
				continue;
			}
			// Noted first: a second node that got here the same day finds the note and sends nothing.
			if (asked.noteLetter(round.id(), person.userId(), kind, today, missing.size())
					&& letters.send(Kind.REMINDER, round, member, missing)) {
				sent++;
			}
		}
		return sent;
	}

	/** Closes an open round now: its result stays as it is; later updates go into the history only. */
	@Transactional
	public Round close(long id) {
		Round round = locked(id);
		permissions.requireEditPlansOf(round.unitId());
		round.requireClosable();
		store.markClosed(round.id());
		audit.record(stateChange(round, "OPEN", "CLOSED"));
		events.publishEvent(new RoundClosed(round.id(), round.planId(), round.planCode(), round.title(), false));
		return require(round.id());
	}

	/** Closes a round whose closing day has come (the schedule's work: no one signed in, so no rights asked). */
	void closeOnItsDay(Round round) {
		store.markClosed(round.id());
		audit.record(stateChange(round, "OPEN", "CLOSED"));
		events.publishEvent(new RoundClosed(round.id(), round.planId(), round.planCode(), round.title(), true));
	}

	private static Change stateChange(Round round, String from, String to) {
		return Change.updated(RoundAuditWords.ROUND, round.id(), round.planId(), null, round.title(), "state",
				AuditValue.of(RoundAuditWords.STATE, from).text(), AuditValue.of(RoundAuditWords.STATE, to).text());
	}

	/** Changes when reminders go out (days around the due date) and the day the round closes by itself. */
	@Transactional
	public Round schedule(long id, List<Integer> reminderDays, LocalDate closesOn, List<Problem> unreadable) {
		Round round = locked(id);
		permissions.requireEditPlansOf(round.unitId());
		round.requireSchedulable();
		List<Problem> problems = new ArrayList<>(unreadable);
		problems.addAll(RoundRules.checkSchedule(reminderDays, closesOn, round.due(), LocalDate.now(clock)));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		store.schedule(round.id(), reminderDays.stream().distinct().sorted().toList(), closesOn);
		return require(round.id());
	}

	private Round locked(long id) {
		return store.lock(id).orElseThrow(() -> new NotFound("round.not-found", id));
	}
}
