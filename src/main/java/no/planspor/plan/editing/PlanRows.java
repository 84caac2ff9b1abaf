package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.shared.Conflict;

/**
 * Moving one row of a plan's ordered lists (its sections, its parties) a step up or down: the moved
 * row's version goes on, so that a page made before the move is refused, and the list is renumbered.
 */
@Component
class PlanRows {

	/** The lists this moves rows in. */
	enum Table {
		SECTIONS("plan_section"), PARTIES("party");

		private final String name;

		Table(String name) {
			this.name = name;
		}
	}

	private final JdbcClient db;

	PlanRows(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Moves the row one step ({@code offset} -1 up, +1 down) in {@code order}, the list's ids as they are.
	 *
	 * @return the row's place before and after, from 0; null when it is at that end already and nothing moved
	 * @throws Conflict with what {@code current} gives when the row was saved since {@code expectedVersion}
	 */
	int[] step(Table table, List<Long> order, long id, int offset, int expectedVersion, Supplier<Object> current) {
		int from = order.indexOf(id);
		int to = from + Integer.signum(offset);
		if (to < 0 || to >= order.size()) {
			return null;
		}
		int updated = db.sql("update " + table.name + " set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(current.get());
		}
		List<Long> moved = new ArrayList<>(order);
		moved.remove(from);
		moved.add(to, id);
		for (int i = 0; i < moved.size(); i++) {
			db.sql("update " + table.name + " set position = :pos where id = :id").param("pos", i).param("id", moved.get(i)).update();
		}
		return new int[] { from, to };
	}
}
