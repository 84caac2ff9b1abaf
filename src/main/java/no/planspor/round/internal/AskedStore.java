package no.planspor.round.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.planspor.followup.State;
import no.planspor.round.Round;
import no.planspor.round.RoundResult;
import no.planspor.round.RoundResult.Answer;
import no.planspor.round.RoundResult.AskedItem;
import no.planspor.round.RoundResult.AskedPerson;

/**
 * What an open round asks and what it got: the tables {@code round_item}, {@code round_request} and
 * {@code round_letter}, and the answers, read from followup's published view {@code status_recorded}.
 * Reading a round's result is two statements however many items and people it has.
 */
@Repository
public class AskedStore {

	private final JdbcClient db;

	AskedStore(JdbcClient db) {
		this.db = db;
	}

	/** Fixes what the round asks, as the preview says at the moment it opens. */
	public void save(long roundId, Preview preview) {
		int position = 0;
		for (Preview.Asked asked : preview.items()) {
			ScopeItem item = asked.item();
			db.sql("""
					insert into round_item (round_id, item_id, position, code, label, goal_code, goal_label, party_codes)
					values (:round, :item, :position, :code, :label, :goal, :goalLabel, :parties)
					""")
				.param("round", roundId)
				.param("item", item.itemId())
				.param("position", position++)
				.param("code", item.code())
				.param("label", item.label())
				.param("goal", item.goalCode())
				.param("goalLabel", item.goalLabel())
				.param("parties", item.partyCodes().toArray(String[]::new))
				.update();
			for (var member : asked.people()) {
				db.sql("""
						insert into round_request (round_id, item_id, user_id, username, display_name)
						values (:round, :item, :user, :username, :name)
						""")
					.param("round", roundId)
					.param("item", item.itemId())
					.param("user", member.userId())
					.param("username", member.username())
					.param("name", member.displayName())
					.update();
			}
		}
	}

	/** The round with its items, their answers and the people asked. A draft has none yet. */
	public RoundResult result(Round round) {
		if (round.isDraft()) {
			return new RoundResult(round, List.of(), List.of());
		}
		Map<Long, List<String>> askedOf = new LinkedHashMap<>();
		Map<Long, AskedPersonRow> people = new LinkedHashMap<>();
		db.sql("""
				select item_id, user_id, username, display_name from round_request
				where round_id = :round order by display_name, username
				""").param("round", round.id()).query(rs -> {
			askedOf.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>()).add(rs.getString("username"));
			people.computeIfAbsent(rs.getLong("user_id"), id -> {
				try {
					return new AskedPersonRow(id, rs.getString("username"), rs.getString("display_name"),
							new ArrayList<>());
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}).itemIds().add(rs.getLong("item_id"));
		});
		List<AskedItem> items = db.sql("""
				select ri.item_id, ri.code, ri.label, ri.goal_code, ri.goal_label, ri.party_codes,
				       a.status_id, a.state, a.progress, a.text, a.as_of, a.author_name, a.recorded_at
				from round_item ri
				join reporting_round r on r.id = ri.round_id
				left join lateral (
				    select s.status_id, s.state, s.progress, s.text, s.as_of, s.author_name, s.recorded_at
				    from status_recorded s
				    where s.item_id = ri.item_id and s.recorded_at >= r.opened_at
				      and (r.closed_at is null or s.recorded_at < r.closed_at)
				    order by s.recorded_at desc, s.status_id desc
				    limit 1
				) a on true
				where ri.round_id = :round
				order by ri.position
				""").param("round", round.id()).query((rs, n) -> {
			long itemId = rs.getLong("item_id");
			Answer answer = null;
			if (rs.getObject("status_id") != null) {
				answer = new Answer(rs.getLong("status_id"), State.valueOf(rs.getString("state")),
						rs.getObject("progress", Integer.class), rs.getString("text"),
						rs.getObject("as_of", LocalDate.class), rs.getString("author_name"),
						RoundStore.instant(rs, "recorded_at"));
			}
			List<String> parties = RoundStore.texts(rs.getArray("party_codes"));
			return new AskedItem(itemId, rs.getString("code"), rs.getString("label"), rs.getString("goal_code"),
					rs.getString("goal_label"), parties == null ? List.of() : parties,
					List.copyOf(askedOf.getOrDefault(itemId, List.of())), answer);
		}).list();
		Map<Long, AskedItem> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.itemId(), item));
		List<AskedPerson> asked = people.values().stream().map(row -> {
			List<String> codes = new ArrayList<>();
			List<String> missing = new ArrayList<>();
			// In plan order, as the items are
			for (AskedItem item : items) {
				if (row.itemIds().contains(item.itemId())) {
					codes.add(item.code());
					if (!item.answered()) {
						missing.add(item.code());
					}
				}
			}
			return new AskedPerson(row.userId(), row.username(), row.displayName(), List.copyOf(codes),
					List.copyOf(missing));
		}).toList();
		return new RoundResult(round, items, asked);
	}

	private record AskedPersonRow(long userId, String username, String displayName, List<Long> itemIds) {
	}

	/**
	 * Notes a letter the round sent. A scheduled one ({@code REMINDER}, {@code SUMMARY}) goes to a person
	 * at most once a day per round: when one was noted already (by this node or another), nothing is
	 * noted and the answer is false, and the caller sends nothing.
	 */
	public boolean noteLetter(long roundId, Long userId, String kind, LocalDate on, int items) {
		return db.sql("""
				insert into round_letter (round_id, user_id, kind, sent_on, items)
				values (:round, :user, :kind, :on, :items)
				on conflict do nothing
				""")
			.param("round", roundId)
			.param("user", userId)
			.param("kind", kind)
			.param("on", on)
			.param("items", items)
			.update() == 1;
	}

	/** The last day a scheduled letter of {@code kind} went out for the round, to anyone. */
	public Optional<LocalDate> lastScheduled(long roundId, String kind) {
		return db.sql("""
				select sent_on from round_letter where round_id = :round and kind = :kind
				 order by sent_on desc limit 1""")
			.param("round", roundId)
			.param("kind", kind)
			.query(LocalDate.class)
			.optional();
	}

	/** The letters a round has sent, newest first: kind, to whom, when. */
	public List<SentLetter> letters(long roundId) {
		return db.sql("""
				select l.kind, l.sent_on, l.sent_at, l.items, coalesce(q.display_name, '') as name
				from round_letter l
				left join lateral (select display_name from round_request q
				                   where q.round_id = l.round_id and q.user_id = l.user_id limit 1) q on true
				where l.round_id = :round
				order by l.sent_at desc, l.id desc
				""").param("round", roundId).query((rs, n) -> new SentLetter(rs.getString("kind"),
						rs.getObject("sent_on", LocalDate.class), RoundStore.instant(rs, "sent_at"), rs.getInt("items"),
						rs.getString("name"))).list();
	}

	/** One letter the round sent. */
	public record SentLetter(String kind, LocalDate sentOn, java.time.Instant sentAt, int items, String to) {
	}
}
