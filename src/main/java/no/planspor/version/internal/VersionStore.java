package no.planspor.version.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.planspor.version.VersionReason;

/** The SQL of plan versions: the only class that reads or writes their tables. */
@Repository
public class VersionStore {

	/** A version's row: who, when, why, and the part that holds its head. */
	public record Row(long id, int number, String label, VersionReason reason, Instant madeAt, String madeBy,
			String headHash) {
	}

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	VersionStore(JdbcClient db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/**
	 * Stores a version with the next number of its plan. Versions of one plan are numbered one at a time
	 * (a transaction-scoped advisory lock on the plan), so two made at once get two numbers.
	 */
	public Row insert(long planId, String label, VersionReason reason, Instant at, String by,
			DocumentParts.Pieces pieces) {
		db.sql("select pg_advisory_xact_lock(1886, cast(:plan as integer))").param("plan", planId).query().singleRow();
		int number = db.sql("select coalesce(max(number), 0) + 1 from plan_version where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
		List<DocumentParts.Part> parts = new ArrayList<>();
		parts.add(pieces.head());
		pieces.items().forEach(item -> parts.add(item.part()));
		Map<String, String> unique = new LinkedHashMap<>();
		parts.forEach(part -> unique.putIfAbsent(part.hash(), part.body()));
		jdbc.batchUpdate("insert into version_part (hash, body) values (?, ?) on conflict (hash) do nothing",
				unique.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
		long id = db.sql("""
				insert into plan_version (plan_id, number, label, reason, made_at, made_by, head_hash)
				values (:plan, :number, :label, :reason, :at, :by, :head)
				returning id""")
			.param("plan", planId)
			.param("number", number)
			.param("label", label)
			.param("reason", reason.name())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("head", pieces.head().hash())
			.query(Long.class)
			.single();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < pieces.items().size(); i++) {
			DocumentParts.ItemPart item = pieces.items().get(i);
			rows.add(new Object[] { id, i, item.depth(), item.itemId(), item.part().hash() });
		}
		jdbc.batchUpdate("insert into version_item (version_id, position, depth, item_id, part_hash) values (?, ?, ?, ?, ?)",
				rows);
		return new Row(id, number, label, reason, at, by, pieces.head().hash());
	}

	/** The versions of a plan, newest first. */
	public List<Row> list(long planId) {
		return db.sql("""
				select id, number, label, reason, made_at, made_by, head_hash from plan_version
				where plan_id = :plan order by number desc""")
			.param("plan", planId)
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<Row> find(long planId, int number) {
		return db.sql("""
				select id, number, label, reason, made_at, made_by, head_hash from plan_version
				where plan_id = :plan and number = :number""")
			.param("plan", planId)
			.param("number", number)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** A version's content: its head and its items in document order, in two statements. */
	public DocumentParts.Pieces pieces(Row version) {
		String head = db.sql("select body from version_part where hash = :hash")
			.param("hash", version.headHash())
			.query(String.class)
			.single();
		List<DocumentParts.ItemPart> items = db.sql("""
				select vi.depth, vi.item_id, p.hash, p.body from version_item vi
				join version_part p on p.hash = vi.part_hash
				where vi.version_id = :id order by vi.position""")
			.param("id", version.id())
			.query((rs, n) -> new DocumentParts.ItemPart(rs.getInt("depth"), rs.getLong("item_id"),
					new DocumentParts.Part(rs.getString("hash"), rs.getString("body"))))
			.list();
		return new DocumentParts.Pieces(new DocumentParts.Part(version.headHash(), head), items);
	}

	/** What the versions take on disk: parts and rows, for the storage benchmark. */
	public Map<String, Long> size() {
		Map<String, Long> size = new LinkedHashMap<>();
		for (String table : List.of("version_part", "version_item", "plan_version")) {
			size.put(table, db.sql("select pg_total_relation_size(cast(:table as regclass))")
				.param("table", table)
				.query(Long.class)
				.single());
		}
		size.put("parts", db.sql("select count(*) from version_part").query(Long.class).single());
		return size;
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getInt("number"), rs.getString("label"),
				VersionReason.valueOf(rs.getString("reason")), rs.getTimestamp("made_at").toInstant(),
				rs.getString("made_by"), rs.getString("head_hash"));
	}
}
