package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemStore.ArchivedRow;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Deleting items the way Planspor deletes: an item, everything below it and their indicators are
 * archived (kept, with their history, out of sight), and can be restored together in their old place.
 */
@Service
public class ItemArchiving {

	private final PlanReader plans;

	private final PlanLock lock;

	private final Permissions permissions;

	private final ItemStore store;

	private final AuditLog audit;

	ItemArchiving(PlanReader plans, PlanLock lock, Permissions permissions, ItemStore store, AuditLog audit) {
		this.plans = plans;
		this.lock = lock;
		this.permissions = permissions;
		this.store = store;
		this.audit = audit;
	}

	/** What archiving the item would take with it. */
	@Transactional(readOnly = true)
	public ArchivePreview archivePreview(String planCode, String itemCode) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		return preview(tree, tree.requireItem(itemCode));
	}

	/** Archives the item with everything below it; its code is free for a new item. */
	@Transactional
	public ArchivePreview archive(String planCode, String itemCode, int expectedVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem current = tree.requireItem(itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		ArchivePreview preview = preview(tree, current);
		if (store.archive(current.id(), expectedVersion) == 0) {
			throw Conflict.staleVersion(plans.tree(planCode).itemsById().get(current.id()));
		}
		store.archiveWith(preview.items().stream().map(PlanItem::id).toList(), current.id());
		long planId = tree.plan().id();
		List<Change> changes = new ArrayList<>();
		for (PlanItem gone : preview.items()) {
			changes.add(new Change("ARCHIVED", ItemChanges.ITEM, gone.id(), planId, gone.id(),
					ItemChanges.label(gone.code(), gone.title(), gone.text()), null, null,
					gone.id() == current.id() ? summary(preview) : current.code()));
		}
		audit.record(changes);
		return preview;
	}

	/** The plan's deleted items that can be restored: each one deleted on its own, with what went with it. */
	@Transactional(readOnly = true)
	public List<ArchivedItem> archived(String planCode) {
		Plan plan = plans.get(planCode);
		List<ArchivedRow> rows = store.archived(plan.id());
		Map<Long, ArchivedRow> byId = rows.stream().collect(Collectors.toMap(ArchivedRow::id, Function.identity()));
		Map<Long, String> liveCodes = store.liveCodes(plan.id());
		List<ArchivedItem> roots = new ArrayList<>();
		for (ArchivedRow row : rows) {
			ArchivedRow parent = row.parentId() == null ? null : byId.get(row.parentId());
			boolean deletedWithParent = parent != null && parent.archivedAt().equals(row.archivedAt());
			if (!deletedWithParent) {
				String parentCode = row.parentId() == null ? null : liveCodes.get(row.parentId());
				roots.add(new ArchivedItem(row.id(), row.kind(), row.code(),
						ItemChanges.label(row.code(), row.title(), row.text()), row.archivedAt(), parentCode,
						row.parentId() != null && parentCode == null, group(row, rows).size() - 1));
			}
		}
		roots.sort((a, b) -> b.archivedAt().compareTo(a.archivedAt()));
		return roots;
	}

	/**
	 * Brings back an item deleted with {@link #archive}, with everything that was deleted with it, in
	 * its old place. Refused while its parent is deleted or a live item has taken one of the codes.
	 */
	@Transactional
	public PlanItem restore(String planCode, long itemId) {
		PlanTree tree = lock.tree(planCode);
		long planId = tree.plan().id();
		List<ArchivedRow> rows = store.archived(planId);
		ArchivedRow root = rows.stream()
			.filter(row -> row.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.item.archived.not-found", planCode, itemId));
		List<ArchivedRow> group = group(root, rows);
		List<Problem> problems = new ArrayList<>();
		Map<Long, PlanItem> live = tree.itemsById();
		if (root.parentId() != null) {
			PlanItem parent = live.get(root.parentId());
			if (parent == null) {
				problems.add(Problem.of("parent", "plan.edit.restore.parent-archived"));
			}
			else if (!parent.kind().mayContain(root.kind())) {
				problems.add(Problem.of("parent", "plan.edit.nesting." + parent.kind()));
			}
		}
		for (ArchivedRow row : group) {
			if (tree.item(row.code()).isPresent()) {
				problems.add(Problem.of("code", "plan.edit.restore.code-taken", row.code()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		store.restore(group.stream().map(ArchivedRow::id).toList(), root.archivedAt());
		List<Change> changes = new ArrayList<>();
		for (ArchivedRow row : group) {
			changes.add(new Change("RESTORED", ItemChanges.ITEM, row.id(), planId, row.id(),
					ItemChanges.label(row.code(), row.title(), row.text()), null, null,
					row.id() == root.id() && group.size() > 1 ? "+" + (group.size() - 1) : null));
		}
		audit.record(changes);
		return plans.tree(planCode).itemsById().get(itemId);
	}

	/** The row and the rows below it that were archived in the same transaction, root first. */
	private static List<ArchivedRow> group(ArchivedRow root, List<ArchivedRow> rows) {
		Map<Long, List<ArchivedRow>> byParent = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.parentId() != null)
			.forEach(row -> byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row));
		List<ArchivedRow> group = new ArrayList<>();
		List<ArchivedRow> todo = new ArrayList<>(List.of(root));
		while (!todo.isEmpty()) {
			ArchivedRow row = todo.remove(0);
			group.add(row);
			byParent.getOrDefault(row.id(), List.of())
				.stream()
				.filter(child -> child.archivedAt().equals(root.archivedAt()))
				.forEach(todo::add);
		}
		return group;
	}

	private ArchivePreview preview(PlanTree tree, PlanItem item) {
		List<PlanItem> items = item.flatten().toList();
		Set<Long> ids = items.stream().map(PlanItem::id).collect(Collectors.toSet());
		int indicators = items.stream().mapToInt(i -> i.indicators().size()).sum();
		List<PlanItem> referredFrom = tree.allItems()
			.filter(other -> !ids.contains(other.id()))
			.filter(other -> other.seeAlso().stream().anyMatch(ref -> ids.contains(ref.id())))
			.toList();
		int linking = tree.plan().kind() == PlanKind.STRATEGY
				? items.stream().mapToInt(i -> plans.linkingTo(i.id()).size()).sum() : 0;
		return new ArchivePreview(item, items, indicators, referredFrom, linking);
	}

	private static String summary(ArchivePreview preview) {
		return AuditValue.of(PlanAuditWords.ARCHIVED_WITH, preview.descendants(), preview.indicators()).text();
	}
}
