package no.planspor.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.account.SignedInUser;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.document.ArchiveReader;
import no.planspor.exchange.document.ArchiveWriter;
import no.planspor.exchange.document.ArchivedHistory;
import no.planspor.exchange.document.PlanDocumentWriter;
import no.planspor.exchange.document.PlanFormat;
import no.planspor.followup.FollowUpHistory;
import no.planspor.followup.RecordedValue;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdate;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.Indicator;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanSummary;
import no.planspor.plan.PlanTree;
import no.planspor.plan.PlanWriter;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;

/**
 * Full archives of plans (planspor-archive/1, docs/planspor-archive-1.md): the plan as planspor-plan/1 with
 * every status update and measured value, with their authors, times and corrections; and the import that
 * creates the plan from one with its history exactly as it was, all of it or nothing.
 */
@Service
public class PlanArchives {

	/** Histories can be long: 25 megabytes, some four hundred times the seed plans. */
	public static final int MAX_BYTES = 25 * 1024 * 1024;

	private final PlanReader plans;

	private final PlanWriter writer;

	private final StatusUpdates statuses;

	private final FollowUpHistory history;

	private final UserAccounts accounts;

	private final Permissions permissions;

	private final Clock clock;

	PlanArchives(PlanReader plans, PlanWriter writer, StatusUpdates statuses, FollowUpHistory history,
			UserAccounts accounts, Permissions permissions, Clock clock) {
		this.plans = plans;
		this.writer = writer;
		this.statuses = statuses;
		this.history = history;
		this.accounts = accounts;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** The plan's full archive, for those who may edit the plan (they answer for what it holds). */
	@Transactional(readOnly = true)
	public String export(String code) {
		PlanTree tree = plans.tree(code);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		Map<Long, StatusReport> latest = statuses.latestByItem(tree.plan().id());
		Map<Long, PlanItem> items = tree.itemsById();
		Map<Long, Indicator> indicators = new HashMap<>();
		tree.allItems().forEach(item -> item.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator)));
		List<StatusUpdate> updates = history.statusUpdates(tree.plan().id());
		List<RecordedValue> values = history.values(tree.plan().id());
		Set<Long> authorIds = new HashSet<>();
		updates.stream().map(StatusUpdate::authorId).filter(id -> id != null).forEach(authorIds::add);
		values.stream().map(RecordedValue::authorId).filter(id -> id != null).forEach(authorIds::add);
		Map<Long, String> usernames = accounts.usernames(authorIds);
		// Numbered 1, 2, … in the order they were recorded, so that an archive of an imported plan is the same
		// file as the archive it was imported from.
		Map<Long, Long> numbers = new HashMap<>();
		updates.forEach(u -> numbers.put(u.id(), numbers.size() + 1L));
		List<ArchivedHistory.Status> archivedUpdates = updates.stream()
			.map(u -> new ArchivedHistory.Status(numbers.get(u.id()), items.get(u.itemId()).code(), u.report(),
					new ArchivedHistory.Author(usernames.get(u.authorId()), u.authorName()), u.recordedAt(),
					u.correctsId() == null ? null : numbers.get(u.correctsId())))
			.toList();
		List<ArchivedHistory.Value> archivedValues = values.stream().map(v -> {
			Indicator indicator = indicators.get(v.indicatorId());
			return new ArchivedHistory.Value(items.get(indicator.itemId()).code(), indicator.number(), v.value(),
					v.asOf(), v.note(), v.source(), v.evidence(),
					new ArchivedHistory.Author(usernames.get(v.authorId()), v.authorName()), v.recordedAt());
		}).toList();
		return ArchiveWriter.write(PlanDocumentWriter.tree(tree, latest),
				new ArchivedHistory(archivedUpdates, archivedValues));
	}

	/**
	 * Creates the plan an archive holds, with its history as it was recorded (the plan's own latest statuses
	 * are those of the history). Authors are linked to the accounts of the same username here; the name kept
	 * with each entry stays as it was either way.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public PlanSummary importArchive(byte[] document) {
		var root = JsonBody.object(document, MAX_BYTES, PlanFormat.KEYS);
		var reading = new ArchiveReader(this::itemCodes, LocalDate.now(clock)).read(root);
		if (!reading.ok()) {
			throw new InvalidInput(reading.problems());
		}
		var plan = reading.plan().plan();
		if (plans.exists(plan.code())) {
			throw new Conflict("exchange.plan.exists", null, plan.code());
		}
		writer.create(plan);
		PlanTree tree = plans.tree(plan.code());
		Map<String, Long> accountIds = accountIds(reading.history());
		List<StatusUpdate> updates = new ArrayList<>();
		for (ArchivedHistory.Status s : reading.history().statusUpdates()) {
			StatusReport r = s.report();
			updates.add(new StatusUpdate(s.id(), tree.requireItem(s.item()).id(), r.state(), r.progress(), r.text(),
					r.asOf(), accountIds.get(s.author().username()), s.author().name(), s.recordedAt(), s.corrects()));
		}
		List<RecordedValue> values = new ArrayList<>();
		for (ArchivedHistory.Value v : reading.history().measurements()) {
			Indicator indicator = tree.requireItem(v.item()).indicators().get(v.indicator() - 1);
			values.add(new RecordedValue(0, indicator.id(), v.value(), v.asOf(), v.note(), v.source(), v.evidence(),
					accountIds.get(v.author().username()), v.author().name(), v.recordedAt()));
		}
		history.restore(updates, values);
		return plans.catalogue().stream().filter(p -> p.code().equals(plan.code())).findFirst().orElseThrow();
	}

	/** The accounts here of the authors the history names by username: a few look-ups, one per person. */
	private Map<String, Long> accountIds(ArchivedHistory archived) {
		Set<String> usernames = new HashSet<>();
		archived.statusUpdates().forEach(s -> usernames.add(s.author().username()));
		archived.measurements().forEach(v -> usernames.add(v.author().username()));
		usernames.remove(null);
		Map<String, Long> ids = new HashMap<>();
		for (String username : usernames) {
			accounts.find(username).map(SignedInUser::getId).ifPresent(id -> ids.put(username, id));
		}
		return ids;
	}

	private Optional<Set<String>> itemCodes(String planCode) {
		if (!plans.exists(planCode)) {
			return Optional.empty();
		}
		return Optional.of(plans.tree(planCode).allItems().map(PlanItem::code).collect(Collectors.toSet()));
	}
}
