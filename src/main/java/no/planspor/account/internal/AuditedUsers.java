package no.planspor.account.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.UserNames;

/** Tells the audit log who the accounts are, so that it can name who acted without reading this module's tables. */
@Component
@Transactional(readOnly = true)
class AuditedUsers implements UserNames {

	private final JdbcClient db;

	AuditedUsers(JdbcClient db) {
		this.db = db;
	}

	@Override
	public List<UserName> users() {
		return db.sql("select username, display_name from app_user order by lower(display_name), username")
			.query((rs, n) -> new UserName(rs.getString("username"), rs.getString("display_name")))
			.list();
	}
}
