package no.planspor.plan;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes indicator rows, with the target spread over its columns. */
final class Indicators {

	private Indicators() {
	}

	static long insert(JdbcClient db, long itemId, int position, String text, Target target) {
		return db.sql("""
				insert into indicator (item_id, position, text, target_kind, target_value, target_unit, target_per,
				                       baseline_value, baseline_as_of, target_due)
				values (:item, :pos, :text, :kind, :value, :unit, :per, :baseValue, :baseAsOf, :due)
				returning id
				""")
			.param("item", itemId)
			.param("pos", position)
			.param("text", text)
			.param("kind", target == null ? null : target.kind().name())
			.param("value", target == null ? null : target.value())
			.param("unit", target == null ? null : target.unit())
			.param("per", target == null || target.per() == null ? null : target.per().name())
			.param("baseValue", target == null || target.baseline() == null ? null : target.baseline().value())
			.param("baseAsOf", target == null || target.baseline() == null ? null : target.baseline().asOf())
			.param("due", target == null ? null : target.due())
			.query(Long.class)
			.single();
	}
}
