package no.planspor.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree: the hospital, its clinics, departments and research groups. */
@Service
public class Units {

	private final JdbcClient db;

	Units(JdbcClient db) {
		this.db = db;
	}

	@Transactional(readOnly = true)
	public List<Unit> all() {
		return db.sql("select id, code, name, parent_id from unit order by name").query(Unit.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<Unit> find(String code) {
		return db.sql("select id, code, name, parent_id from unit where code = :code")
			.param("code", code)
			.query(Unit.class)
			.optional();
	}

	/** A plan names its unit by code; a unit seen for the first time joins the tree at the top. */
	@Transactional
	public long findOrCreate(String code, String name) {
		return find(code).map(Unit::id)
			.orElseGet(() -> db.sql("insert into unit (code, name) values (:code, :name) returning id")
				.param("code", code)
				.param("name", name)
				.query(Long.class)
				.single());
	}

	/** Places a unit under another (TIK and KRN under OUS). */
	@Transactional
	public void placeUnder(String code, String parentCode) {
		db.sql("""
				update unit set parent_id = (select id from unit where code = :parent), version = version + 1
				where code = :code
				""").param("code", code).param("parent", parentCode).update();
	}
}
