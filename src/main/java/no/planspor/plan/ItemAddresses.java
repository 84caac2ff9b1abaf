package no.planspor.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.UserAccounts;
import no.planspor.audit.AuditEntry;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditTrail;

/**
 * What an item address leads to when no live item of the plan has the code: the item that had the code
 * before it was renamed, or the item that was deleted under it. Asked only after the ordinary lookup
 * failed, so the pages that find their item pay nothing for it.
 */
@Component
@Transactional(readOnly = true)
public class ItemAddresses {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/**
	 * A deleted item as its old address tells of it.
	 *
	 * @param deletedBy the person's name, or null when the application did it or nobody is recorded
	 */
	public record DeletedItem(long id, ItemKind kind, String code, String label, LocalDateTime deletedAt,
			String deletedBy) {
	}

	private final JdbcClient db;

	private final AuditTrail trail;

	private final UserAccounts accounts;

	ItemAddresses(JdbcClient db, AuditTrail trail, UserAccounts accounts) {
		this.db = db;
		this.trail = trail;
		this.accounts = accounts;
	}

	/** The current code of the live item that had {@code formerCode}, unless a live item has that code now. */
	public Optional<String> currentCode(String planCode, String formerCode) {
		return db.sql("""
				select i.code from item_former_code f
				join plan p on p.id = f.plan_id
				join plan_item i on i.id = f.item_id
				where p.code = :plan and f.code = :code and i.code <> f.code
				  and not exists (select 1 from plan_item l
				                  where l.plan_id = f.plan_id and l.code = f.code and l.archived_at is null)
				""").param("plan", planCode).param("code", formerCode).query(String.class).optional();
	}

	/** The item last deleted with this code, unless a live item has the code now. */
	public Optional<DeletedItem> deleted(String planCode, String code) {
		Optional<DeletedItem> row = db.sql("""
				select i.id, i.kind, i.code, i.title, i.text, i.archived_at from plan_item i
				join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = :code and i.archived_at is not null
				  and not exists (select 1 from plan_item l
				                  where l.plan_id = i.plan_id and l.code = i.code and l.archived_at is null)
				order by i.archived_at desc, i.id desc limit 1
				""").param("plan", planCode).param("code", code).query((rs, n) -> {
			Instant at = rs.getTimestamp("archived_at").toInstant();
			String title = rs.getString("title");
			return new DeletedItem(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("code"),
					title != null ? title : rs.getString("text"), LocalDateTime.ofInstant(at, OSLO), null);
		}).optional();
		return row.map(item -> new DeletedItem(item.id(), item.kind(), item.code(), item.label(), item.deletedAt(),
				deletedBy(item.id())));
	}

	private String deletedBy(long itemId) {
		List<AuditEntry> entries = trail.forItem(itemId);
		return entries.stream()
			.filter(entry -> "ARCHIVED".equals(entry.action()))
			.map(AuditEntry::actor)
			.filter(actor -> !AuditLog.SYSTEM.equals(actor))
			.findFirst()
			.map(actor -> accounts.displayNames(Set.of(actor)).getOrDefault(actor, actor))
			.orElse(null);
	}
}
