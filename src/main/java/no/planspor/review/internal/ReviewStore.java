package no.planspor.review.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.Review;
import no.planspor.review.ReviewState;

/** The SQL of reviews: the only class that reads or writes their tables. */
@Repository
class ReviewStore {

	private static final String SELECT = """
			select r.id, r.plan_id, p.plan_code, p.plan_title, p.unit_id, r.state, r.before_version, r.after_version,
			       r.opened_at, r.opened_by, r.opened_by_name, r.body, r.submitted_at, r.submitted_by,
			       r.returned_comment, r.returned_at, r.returned_by, r.applied_at, r.applied_by, r.next_code,
			       r.next_title, r.version,
			       array(select s.item_id from review_shortlist_item s where s.review_id = r.id) as next_items
			from review r join published_plan p on p.plan_id = r.plan_id
			""";

	private static final String DECISION = """
			select id, review_id, item_id, item_code, item_label, item_version, kind, reason, new_parent, new_code, new_text,
			       new_deadline, new_responsible, new_indicators, decided_at, decided_by, decided_by_name, version
			from review_decision
			""";

	private final JdbcClient db;

	ReviewStore(JdbcClient db) {
		this.db = db;
	}

	long insert(long planId, int beforeVersion, Instant at, String by, String byName) {
		return db.sql("""
				insert into review (plan_id, before_version, opened_at, opened_by, opened_by_name)
				values (:plan, :before, :at, :by, :name) returning id""")
			.param("plan", planId)
			.param("before", beforeVersion)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", byName)
			.query(Long.class)
			.single();
	}

	/** Whether the plan has a review under way (not applied). */
	boolean underWay(long planId) {
		return db.sql("select count(*) from review where plan_id = :plan and state <> 'APPLIED'")
			.param("plan", planId)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Review> find(long id) {
		return db.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> review(rs)).optional();
	}

	/** The review, its row locked until the transaction ends: its changes happen one at a time. */
	Optional<Review> lock(long id) {
		db.sql("select id from review where id = :id for no key update").param("id", id).query(Long.class).optional();
		return find(id);
	}

	List<Review> ofPlan(long planId) {
		return db.sql(SELECT + " where r.plan_id = :plan order by r.id desc")
			.param("plan", planId)
			.query((rs, n) -> review(rs))
			.list();
	}

	List<Decision> decisions(long reviewId) {
		return db.sql(DECISION + " where review_id = :review order by id")
			.param("review", reviewId)
			.query((rs, n) -> decision(rs))
			.list();
	}

	Optional<Decision> decision(long reviewId, long decisionId) {
		return db.sql(DECISION + " where review_id = :review and id = :id")
			.param("review", reviewId)
			.param("id", decisionId)
			.query((rs, n) -> decision(rs))
			.optional();
	}

	Optional<Decision> decisionOn(long reviewId, long itemId) {
		return db.sql(DECISION + " where review_id = :review and item_id = :item")
			.param("review", reviewId)
			.param("item", itemId)
			.query((rs, n) -> decision(rs))
			.optional();
	}

	long insertDecision(long reviewId, Long itemId, String itemCode, String itemLabel, Integer itemVersion, DecisionKind kind,
			String reason, Decision.Proposal proposal, Instant at, String by, String byName) {
		return proposalParams(db.sql("""
				insert into review_decision (review_id, item_id, item_code, item_label, item_version, kind, reason, new_parent,
				    new_code, new_text, new_deadline, new_responsible, new_indicators, decided_at, decided_by,
				    decided_by_name)
				values (:review, :item, :code, :label, :itemVersion, :kind, :reason, :parent, :newCode, :text, :deadline,
				    :responsible, :indicators, :at, :by, :name)
				returning id"""), proposal)
			.param("review", reviewId)
			.param("item", itemId)
			.param("code", itemCode)
			.param("label", itemLabel)
			.param("itemVersion", itemVersion)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", byName)
			.query(Long.class)
			.single();
	}

	/** Changes a decision if it is still at {@code expectedVersion}; answers whether it was. */
	boolean updateDecision(long decisionId, int expectedVersion, String itemCode, String itemLabel, Integer itemVersion,
			DecisionKind kind, String reason, Decision.Proposal proposal, Instant at, String by, String byName) {
		return proposalParams(db.sql("""
				update review_decision set item_code = :code, item_label = :label, item_version = :itemVersion, kind = :kind,
				    reason = :reason, new_parent = :parent, new_code = :newCode, new_text = :text,
				    new_deadline = :deadline, new_responsible = :responsible, new_indicators = :indicators,
				    decided_at = :at, decided_by = :by, decided_by_name = :name, version = version + 1
				where id = :id and version = :version"""), proposal)
			.param("id", decisionId)
			.param("version", expectedVersion)
			.param("code", itemCode)
			.param("label", itemLabel)
			.param("itemVersion", itemVersion)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", byName)
			.update() == 1;
	}

	boolean deleteDecision(long decisionId, int expectedVersion) {
		return db.sql("delete from review_decision where id = :id and version = :version")
			.param("id", decisionId)
			.param("version", expectedVersion)
			.update() == 1;
	}

	private static JdbcClient.StatementSpec proposalParams(JdbcClient.StatementSpec sql, Decision.Proposal proposal) {
		return sql.param("parent", proposal == null ? null : proposal.parent())
			.param("newCode", proposal == null ? null : proposal.code())
			.param("text", proposal == null ? null : proposal.text())
			.param("deadline", proposal == null ? null : proposal.deadline())
			.param("responsible", proposal == null ? null : proposal.responsible().toArray(String[]::new))
			.param("indicators", proposal == null ? null : proposal.indicators().toArray(String[]::new));
	}

	void setShortlist(long reviewId, String code, String title, Set<Long> itemIds) {
		db.sql("update review set next_code = :code, next_title = :title, version = version + 1 where id = :id")
			.param("id", reviewId)
			.param("code", code)
			.param("title", title)
			.update();
		db.sql("delete from review_shortlist_item where review_id = :id").param("id", reviewId).update();
		for (Long item : itemIds) {
			db.sql("insert into review_shortlist_item (review_id, item_id) values (:id, :item)")
				.param("id", reviewId)
				.param("item", item)
				.update();
		}
	}

	void markSubmitted(long reviewId, String body, Instant at, String by) {
		db.sql("""
				update review set state = 'SUBMITTED', body = :body, submitted_at = :at, submitted_by = :by,
				    version = version + 1
				where id = :id""")
			.param("id", reviewId)
			.param("body", body)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	void markReturned(long reviewId, String comment, Instant at, String by) {
		db.sql("""
				update review set state = 'OPEN', returned_comment = :comment, returned_at = :at, returned_by = :by,
				    version = version + 1
				where id = :id""")
			.param("id", reviewId)
			.param("comment", comment)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	void markApplied(long reviewId, int afterVersion, Instant at, String by) {
		db.sql("""
				update review set state = 'APPLIED', after_version = :after, applied_at = :at, applied_by = :by,
				    version = version + 1
				where id = :id""")
			.param("id", reviewId)
			.param("after", afterVersion)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	private static Review review(ResultSet rs) throws SQLException {
		Set<Long> next = new HashSet<>();
		Array items = rs.getArray("next_items");
		if (items != null) {
			Arrays.stream((Object[]) items.getArray()).forEach(id -> next.add(((Number) id).longValue()));
		}
		return new Review(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_code"),
				rs.getString("plan_title"), rs.getLong("unit_id"), ReviewState.valueOf(rs.getString("state")),
				rs.getInt("before_version"), (Integer) rs.getObject("after_version"), instant(rs, "opened_at"),
				rs.getString("opened_by"), rs.getString("opened_by_name"), rs.getString("body"),
				instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getString("returned_comment"),
				instant(rs, "returned_at"), rs.getString("returned_by"), instant(rs, "applied_at"),
				rs.getString("applied_by"), rs.getString("next_code"), rs.getString("next_title"), Set.copyOf(next),
				rs.getInt("version"));
	}

	private static Decision decision(ResultSet rs) throws SQLException {
		DecisionKind kind = DecisionKind.valueOf(rs.getString("kind"));
		Decision.Proposal proposal = kind == DecisionKind.ADJUST || kind == DecisionKind.NEW
				? new Decision.Proposal(rs.getString("new_parent"), rs.getString("new_code"), rs.getString("new_text"),
						rs.getObject("new_deadline", java.time.LocalDate.class), texts(rs.getArray("new_responsible")),
						texts(rs.getArray("new_indicators")))
				: null;
		return new Decision(rs.getLong("id"), rs.getLong("review_id"), (Long) rs.getObject("item_id"),
				rs.getString("item_code"), rs.getString("item_label"), (Integer) rs.getObject("item_version"), kind, rs.getString("reason"), proposal,
				instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decided_by_name"),
				rs.getInt("version"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
