package no.planspor.mail;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.mail.internal.LetterSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no SMTP server configured (as in a new installation, and in these tests) letters wait in the
 * outbox, and administrators read each of them in the browser; the letter's HTML is shown in a
 * sandboxed frame, never as part of the page. Others may not look.
 */
@PlansporTest
class OutboxPagesTest {

	static final String HTML = """
			<!DOCTYPE html><html lang="nb"><body><p>Hei Kari, svar innen <b>1. desember</b></p>\
			<script>alert('x')</script><a href="http://localhost:8080/mine">Mine tiltak</a></body></html>""";

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	LetterSender sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Test
	void withoutSmtpLettersWaitAndAnAdministratorReadsThemInTheBrowser() {
		Letter letter = new Letter(AccountFixtures.unique("kari") + "@example.no", "Kari Nordmann",
				"Statusrunde: svar innen 1. desember", "Hei Kari,\nsvar innen 1. desember.\nhttp://localhost:8080/mine",
				HTML, "round-asked");
		long id = transaction.execute(status -> outbox.queue(letter));

		assertThat(sender.configured()).isFalse();
		assertThat(sender.sendDue()).isZero();
		assertThat(state(id)).isEqualTo("WAITING");

		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Document list = Html.page(ok(admin.get("/admin/mail")));
		assertThat(list.select(".alert--warning").text()).contains("ikke satt opp");
		Element row = Html.one(list, ".mail-table tbody tr:has(a[href$='/admin/mail/" + id + "'])");
		assertThat(row.text()).contains("Statusrunde: svar innen 1. desember", "Kari Nordmann", letter.toAddress(),
				"Venter", "Statusrunde: spørsmål");
		assertThat(row.text()).as("the purpose in words, not its tag").doesNotContain("round-asked");
		assertThat(Html.page(ok(admin.get("/admin/mail?state=WAITING"))).select("a[href$='/admin/mail/" + id + "']"))
			.hasSize(1);
		assertThat(Html.page(ok(admin.get("/admin/mail?state=SENT"))).select("a[href$='/admin/mail/" + id + "']"))
			.isEmpty();
		assertThat(Html.page(ok(admin.get("/admin/mail?state=WAITING&lang=en"))).select(".mail-filter [aria-current]").text())
			.startsWith("Waiting (");

		Document page = Html.page(ok(admin.get("/admin/mail/" + id)));
		assertThat(page.select("h1").text()).isEqualTo(letter.subject());
		Element frame = Html.one(page, "iframe.mail-letter__frame");
		assertThat(frame.attr("sandbox")).isEmpty();
		assertThat(frame.hasAttr("sandbox")).isTrue();
		assertThat(frame.attr("title")).isNotBlank();
		assertThat(frame.attr("srcdoc")).isEqualTo(HTML);
		assertThat(page.select("main script")).as("the letter's HTML is never part of the page").isEmpty();
		assertThat(page.select("main b")).isEmpty();
		assertThat(Html.one(page, "pre.mail-letter__text").wholeText()).isEqualTo(letter.text());
		assertThat(page.select("form[action$='/send-again']")).as("a waiting letter is not sent again").isEmpty();
	}

	@Test
	void anAdministratorSendsAFailedLetterAgain() {
		Letter letter = new Letter(AccountFixtures.unique("ola") + "@example.no", null, "Påminnelse", "Hei", null,
				"round-reminder");
		long id = transaction.execute(status -> outbox.queue(letter));
		db.sql("""
				update mail_letter set state = 'FAILED', attempts = 8, problem = 'ERROR', last_error = '451 try later'
				 where id = :id""").param("id", id).update();

		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Document failed = Html.page(ok(admin.get("/admin/mail/" + id)));
		assertThat(failed.select(".facts").text()).contains("Feilet", "Sendingen feilet", "451 try later");
		assertThat(Html.page(ok(admin.get("/admin/mail?state=FAILED"))).select("a[href$='/admin/mail/" + id + "']"))
			.hasSize(1);
		Element form = Html.one(failed, "form[action$='/admin/mail/" + id + "/send-again']");

		HttpResponse<String> answer = admin.postForm(form.attr("action"),
				Map.of("_csrf", form.select("input[name=_csrf]").val()));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/admin/mail/" + id);
		assertThat(state(id)).isEqualTo("WAITING");
		assertThat(Html.page(ok(admin.get("/admin/mail/" + id))).select(".alert--success").text())
			.contains("venter på å bli sendt");
	}

	@Test
	void onlyAdministratorsSeeTheOutbox() {
		String editor = AccountFixtures.unique("editor");
		AccountFixtures.user(accounts, editor, Role.EDITOR);
		WebSession session = WebSession.signedIn(port, editor, AccountFixtures.PASSWORD);
		assertThat(session.get("/admin/mail").statusCode()).isEqualTo(403);
		assertThat(Html.page(ok(WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).get("/admin")))
			.select("a[href$='/admin/mail']")).hasSize(1);
	}

	private String state(long id) {
		return db.sql("select state from mail_letter where id = :id").param("id", id).query(String.class).single();
	}

	private static String ok(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
		return answer.body();
	}
}
