package no.planspor.round.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.round.RoundScope;

/**
 * The measures a scope takes in, read from the plan module's published view {@code published_item}:
 * one statement for the whole plan, in plan order. The answering parties are the view's
 * ({@code answering_party_codes}: the item's own, or those of the nearest item above it that names
 * any), the same rule "Mine tiltak" reads.
 */
@Component
public class ScopeItems {

	private final JdbcClient db;

	ScopeItems(JdbcClient db) {
		this.db = db;
	}

	/** Every live measure of the plan, with its goal (its parent, or its parent's parent). */
	public List<ScopeItem> measures(long planId) {
		return db.sql("""
				select i.item_id, i.code, coalesce(i.title, i.text) as label,
				       g.code as goal_code, coalesce(g.title, g.text) as goal_label,
				       i.answering_party_codes, i.shortlist_codes
				from published_item i
				left join published_item p on p.item_id = i.parent_id
				left join published_item g on g.item_id = case when p.kind = 'GOAL' then p.item_id else p.parent_id end
				where i.plan_id = :plan and i.kind = 'MEASURE'
				order by i.plan_order
				""").param("plan", planId).query(ScopeItems::item).list();
	}

	/** The measures in {@code scope}, in plan order. */
	public List<ScopeItem> inScope(long planId, RoundScope scope) {
		return measures(planId).stream().filter(item -> within(item, scope)).toList();
	}

	static boolean within(ScopeItem item, RoundScope scope) {
		if (scope.shortlist() != null) {
			return item.shortlistCodes().contains(scope.shortlist());
		}
		if (scope.goals() != null) {
			return item.goalCode() != null && scope.goals().contains(item.goalCode());
		}
		return true;
	}

	private static ScopeItem item(ResultSet rs, int n) throws SQLException {
		List<String> parties = RoundStore.texts(rs.getArray("answering_party_codes"));
		List<String> lists = RoundStore.texts(rs.getArray("shortlist_codes"));
		return new ScopeItem(rs.getLong("item_id"), rs.getString("code"), rs.getString("label"),
				rs.getString("goal_code"), rs.getString("goal_label"), parties == null ? List.of() : parties,
				lists == null ? List.of() : lists);
	}
}
