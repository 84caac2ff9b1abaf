package no.planspor.followup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Membership;
import no.planspor.followup.status.FollowUpSettings;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PartyKind;

/**
 * Reads where items stand from the published read model {@code item_follow_up} (migration V7): for
 * one plan, for the items a person answers for, or across all plans. Each read is one statement,
 * however many plans, items and updates there are.
 *
 * <p>This is the one class that asks whether items are stale, overdue or never updated for too long. The rules themselves are
 * the SQL functions {@code follow_up_stale} and {@code follow_up_overdue} (V7); what they depend on,
 * today's date (the application's clock) and the configured number of days
 * ({@code PLANSPOR_STALE_AFTER_DAYS}), is handed to them here and nowhere else. An item never updated
 * (the read model's {@code never_updated}) needs its first update once the plan has been adopted for
 * that number of days: the same grace a stale item has.
 */
@Service
@Transactional(readOnly = true)
public class ItemStandings {

	/** Where an item stands: the latest status, its flags, and who answers. Selected from {@code item_follow_up f}. */
	private static final String FOLLOW_UP = """
			f.item_id, f.state, f.as_of, f.progress, f.status_text, f.never_updated, f.answering_item_id,
			follow_up_stale(f.as_of, f.finished, :today, :staleAfterDays) as stale,
			follow_up_overdue(f.deadline, f.finished, :today) as overdue,
			f.never_updated and not f.finished
			  and coalesce((select fp.adopted_on from published_plan fp where fp.plan_id = f.plan_id)
			               + :staleAfterDays < :today, false) as needs_first_update""";

	/** An item with its plan, for lists across plans. Selected from {@code item_follow_up f} and {@code published_plan p}. */
	private static final String STANDING = FOLLOW_UP + ", " + """
			f.kind, f.code, f.title, f.text, f.deadline, f.parent_code, f.parent_kind,
			f.answering_item_code, f.answering_item_kind, f.answering_party_codes, f.answering_party_names,
			f.answering_party_kinds, f.shortlist_titles,
			p.plan_id, p.plan_code, p.plan_title, p.period_from, p.period_to, p.unit_id, p.unit_code, p.unit_name""";

	/** Lists across plans read by unit, the newest period first, then in plan order. */
	private static final String ACROSS_PLANS = " order by p.unit_name, p.period_from desc, p.plan_code, f.plan_order";

	private final JdbcClient db;

	private final FollowUpSettings settings;

	private final Clock clock;

	ItemStandings(JdbcClient db, FollowUpSettings settings, Clock clock) {
		this.db = db;
		this.settings = settings;
		this.clock = clock;
	}

	/** Every live item of the plan, by id, without roll-ups ({@link FollowUpReader#forPlan} adds them). */
	public Map<Long, ItemFollowUp> ofPlan(long planId) {
		Map<Long, ItemFollowUp> items = new HashMap<>();
		db.sql("select " + FOLLOW_UP + " from item_follow_up f where f.plan_id = :plan")
			.param("plan", planId)
			.param("today", today())
			.param("staleAfterDays", settings.staleAfterDays())
			.query((ResultSet rs) -> {
				items.put(rs.getLong("item_id"), followUp(rs));
			});
		return items;
	}

	/** Every measure, in every plan, whose deadline has passed and which is not finished. */
	public List<ItemStanding> overdueMeasures() {
		return db.sql("""
				select %s
				from item_follow_up f
				join published_plan p on p.plan_id = f.plan_id
				where f.kind = 'MEASURE' and follow_up_overdue(f.deadline, f.finished, :today)
				""".formatted(STANDING) + ACROSS_PLANS)
			.param("today", today())
			.param("staleAfterDays", settings.staleAfterDays())
			.query(ItemStandings::standing)
			.list();
	}

	/**
	 * Every item of a plan that is not archived for which one of these memberships answers: the
	 * membership's party is among the item's answering parties ({@link ItemStanding.Answering}), and
	 * the plan is of the membership's unit or is the membership's plan. That is the condition of
	 * {@link Membership#standsFor}, said in SQL so that the items are found in one statement; the
	 * caller tells which of them are whose with {@code standsFor} itself.
	 */
	public List<ItemStanding> answeredBy(List<Membership> memberships) {
		if (memberships.isEmpty()) {
			return List.of();
		}
		List<String> rows = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		for (int n = 0; n < memberships.size(); n++) {
			Membership m = memberships.get(n);
			rows.add("(cast(:party%1$d as text), cast(:unit%1$d as bigint), cast(:plan%1$d as bigint))".formatted(n));
			params.put("party" + n, m.partyCode());
			params.put("unit" + n, m.unitId() == null ? -1L : m.unitId());
			params.put("plan" + n, m.planId() == null ? -1L : m.planId());
		}
		return db.sql("""
				with member (party_code, unit_id, plan_id) as (values %s)
				select %s
				from item_follow_up f
				join published_plan p on p.plan_id = f.plan_id
				where p.plan_status <> 'ARCHIVED'
				  and exists (select 1 from member m where m.unit_id = p.unit_id or m.plan_id = p.plan_id)
				  and f.answering_party_codes
				      && array(select m.party_code from member m where m.unit_id = p.unit_id or m.plan_id = p.plan_id)
				""".formatted(String.join(", ", rows), STANDING) + ACROSS_PLANS)
			.params(params)
			.param("today", today())
			.param("staleAfterDays", settings.staleAfterDays())
			.query(ItemStandings::standing)
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ItemFollowUp followUp(ResultSet rs) throws SQLException {
		String state = rs.getString("state");
		StatusReport latest = null;
		if (state != null) {
			latest = new StatusReport(State.valueOf(state), rs.getObject("as_of", LocalDate.class),
					rs.getObject("progress", Integer.class), rs.getString("status_text"));
		}
		return new ItemFollowUp(latest, rs.getBoolean("stale"), rs.getBoolean("overdue"),
				rs.getBoolean("never_updated"), rs.getBoolean("needs_first_update"),
				rs.getObject("answering_item_id", Long.class), null);
	}

	private static ItemStanding standing(ResultSet rs, int n) throws SQLException {
		List<String> codes = strings(rs.getArray("answering_party_codes"));
		List<String> names = strings(rs.getArray("answering_party_names"));
		List<String> kinds = strings(rs.getArray("answering_party_kinds"));
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			parties.add(new Party(0, codes.get(i), names.get(i), PartyKind.valueOf(kinds.get(i))));
		}
		ItemFollowUp follow = followUp(rs);
		ItemStanding.InPlan plan = new ItemStanding.InPlan(rs.getLong("plan_id"), rs.getString("plan_code"),
				rs.getString("plan_title"), rs.getInt("period_from"), rs.getInt("period_to"), rs.getLong("unit_id"),
				rs.getString("unit_code"), rs.getString("unit_name"));
		return new ItemStanding(rs.getLong("item_id"), plan, ItemKind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("title"), rs.getString("text"),
				rs.getObject("deadline", LocalDate.class), rs.getString("parent_code"), kind(rs, "parent_kind"),
				new ItemStanding.Answering(follow.answeringItemId(), rs.getString("answering_item_code"),
						kind(rs, "answering_item_kind"), List.copyOf(parties)),
				strings(rs.getArray("shortlist_titles")), follow);
	}

	private static ItemKind kind(ResultSet rs, String column) throws SQLException {
		String kind = rs.getString(column);
		return kind == null ? null : ItemKind.valueOf(kind);
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> list = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			list.add(String.valueOf(value));
		}
		return List.copyOf(list);
	}
}
