package no.planspor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.followup.indicator.FollowUpAuditWords;
import no.planspor.audit.Change;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * The status history of items. Append-only: nothing here updates or deletes a status row; a
 * correction is a new update that points at the one it corrects.
 */
@Service
public class StatusUpdates {

	private final JdbcClient db;

	private final PlanReader plans;

	private final Permissions permissions;

	private final FollowUpAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final ItemStandings standings;

	StatusUpdates(JdbcClient db, PlanReader plans, Permissions permissions, FollowUpAccess access, AuditLog audit,
			Clock clock, ItemStandings standings) {
		this.db = db;
		this.plans = plans;
		this.permissions = permissions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.standings = standings;
	}

	/**
	 * Records where an item stands, as the signed-in user. Whoever may contribute to the item may
	 * (see {@link FollowUpAccess}); the update is checked with {@link StatusRules} (problem
	 * paths {@code $.state}, {@code $.asOf}, {@code $.progress}, {@code $.text}, {@code $.correctsId}).
	 *
	 * @param correctsId the id of an earlier update of the same item that this one corrects, or null
	 */
	@Transactional
	public StatusUpdate record(String planCode, String itemCode, StatusReport report, Long correctsId) {
		return record(planCode, itemCode, report, correctsId, List.of());
	}

	/**
	 * As {@link #record(String, String, StatusReport, Long)}, for input that was partly unreadable:
	 * {@code unreadable} are the problems found while reading it (a date that is no date, say; that
	 * field is null in {@code report}). They are reported together with the rules' problems, after
	 * the permission check, and nothing is written.
	 */
	@Transactional
	public StatusUpdate record(String planCode, String itemCode, StatusReport report, Long correctsId,
			List<Problem> unreadable) {
		PlanTree tree = plans.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		var plan = tree.plan();
		access.requireAllowed(tree, item);
		List<Problem> problems = new ArrayList<>(unreadable);
		StatusRules.check(report, plan.periodFrom(), plan.periodTo(), LocalDate.now(clock), "$")
			.stream()
			// "give a date" says nothing new where the date given could not be read
			.filter(rule -> unreadable.stream().noneMatch(seen -> seen.path().equals(rule.path())))
			.forEach(problems::add);
		if (plan.status() == PlanStatus.ARCHIVED) {
			problems.add(Problem.of("$", "status.plan.archived", plan.title()));
		}
		StatusUpdate corrected = null;
		if (correctsId != null) {
			List<StatusUpdate> earlier = history(item.id());
			corrected = earlier.stream().filter(u -> u.id() == correctsId).findFirst().orElse(null);
			if (corrected == null) {
				problems.add(Problem.of("$.correctsId", "status.corrects.unknown", correctsId));
			}
			else {
				earlier.stream()
					.filter(u -> correctsId.equals(u.correctsId()))
					.findFirst()
					.ifPresent(fix -> problems.add(alreadyCorrected(correctsId, fix.asOf())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		CurrentUser author = permissions.current();
		long id;
		try {
			id = insert(item.id(), report, author, correctsId);
		}
		catch (DuplicateKeyException raced) {
			// Someone corrected the same update a moment ago (the unique index on corrects_id).
			throw new InvalidInput(List.of(alreadyCorrected(correctsId, corrected.asOf())));
		}
		audit.record(new Change(corrected == null ? "RECORDED" : "CORRECTED", "STATUS", id, plan.id(), item.id(),
				item.code() + " – " + item.label(), "state",
				corrected == null ? null : describe(corrected.report()), describe(report)));
		return history(item.id()).stream().filter(u -> u.id() == id).findFirst().orElseThrow();
	}

	private static Problem alreadyCorrected(long correctsId, LocalDate asOf) {
		return Problem.of("$.correctsId", "status.corrects.already-corrected", correctsId, asOf);
	}

	/** In no language: the audit page and the item history say it in the reader's ({@link FollowUpAuditWords}). */
	private static String describe(StatusReport report) {
		return AuditValue.of(FollowUpAuditWords.STATUS, report.state(), report.asOf(), report.progress()).text();
	}

	private long insert(long itemId, StatusReport report, CurrentUser author, Long correctsId) {
		return db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_id, author_name, corrects_id)
				values (:item, :state, :progress, :text, :asOf, :authorId, :authorName, :corrects)
				returning id
				""")
			.param("item", itemId)
			.param("state", report.state().name())
			.param("progress", report.progress())
			.param("text", report.text() == null || report.text().isBlank() ? null : report.text().strip())
			.param("asOf", report.asOf())
			.param("authorId", author.isSystem() ? null : author.id())
			.param("authorName", author.displayName())
			.param("corrects", correctsId)
			.query(Long.class)
			.single();
	}

	/** An item's whole status history, newest first (by as-of date, then by when it was recorded). */
	@Transactional(readOnly = true)
	public List<StatusUpdate> history(long itemId) {
		return db.sql("""
				select id, item_id, state, progress, text, as_of, author_id, author_name, recorded_at, corrects_id
				from status_update where item_id = :item
				order by as_of desc, recorded_at desc, id desc
				""").param("item", itemId).query((rs, n) -> {
			long author = rs.getLong("author_id");
			Long authorId = rs.wasNull() ? null : author;
			long corrects = rs.getLong("corrects_id");
			Long correctsId = rs.wasNull() ? null : corrects;
			StatusReport report = report(rs);
			return new StatusUpdate(rs.getLong("id"), rs.getLong("item_id"), report.state(), report.progress(),
					report.text(), report.asOf(), authorId, rs.getString("author_name"),
					rs.getTimestamp("recorded_at").toInstant(), correctsId);
		}).list();
	}

	/**
	 * An item's whole status history, newest first, found by the plan's and the item's code.
	 *
	 * @throws NotFound when the plan has no (live) item with that code
	 */
	@Transactional(readOnly = true)
	public List<StatusUpdate> history(String planCode, String itemCode) {
		long itemId = db.sql("""
				select item_id from published_item where plan_code = :plan and code = :item
				""")
			.param("plan", planCode)
			.param("item", itemCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFound("plan.item.not-found", planCode, itemCode));
		return history(itemId);
	}

	/**
	 * The latest status of every live item of a plan that has one, in one statement: what the read
	 * model {@code item_follow_up} says (the rule of which update is the latest lives there).
	 */
	@Transactional(readOnly = true)
	public Map<Long, StatusReport> latestByItem(long planId) {
		Map<Long, StatusReport> latest = new HashMap<>();
		standings.ofPlan(planId).forEach((itemId, follow) -> {
			if (follow.latest() != null) {
				latest.put(itemId, follow.latest());
			}
		});
		return latest;
	}

	/** A status carried in by an imported plan document; it was checked with {@link StatusRules}. */
	@Transactional
	public void recordImported(long itemId, StatusReport status) {
		db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_name)
				values (:item, :state, :progress, :text, :asOf, :author)
				""")
			.param("item", itemId)
			.param("state", status.state().name())
			.param("progress", status.progress())
			.param("text", status.text())
			.param("asOf", status.asOf())
			.param("author", "import")
			.update();
	}

	static StatusReport report(ResultSet rs) throws SQLException {
		int progress = rs.getInt("progress");
		Integer maybeProgress = rs.wasNull() ? null : progress;
		return new StatusReport(State.valueOf(rs.getString("state")), rs.getDate("as_of").toLocalDate(), maybeProgress,
				rs.getString("text"));
	}
}
