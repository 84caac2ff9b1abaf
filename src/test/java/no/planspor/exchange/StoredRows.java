package no.planspor.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How many rows the plan tables hold: taken before and after a refused import, they must be equal. */
record StoredRows(Map<String, Long> counts) {

	private static final List<String> TABLES = List.of("plan", "unit", "plan_item", "indicator", "party", "shortlist",
			"plan_section", "item_responsible", "item_strategy_ref", "item_see_also", "status_update", "audit_event");

	static StoredRows count(JdbcClient db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
		}
		return new StoredRows(counts);
	}
}
