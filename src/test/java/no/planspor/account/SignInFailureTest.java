package no.planspor.account;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/** After a failed sign-in the form keeps the user name the person typed and asks only for the password. */
@PlansporTest
class SignInFailureTest {

	@LocalServerPort
	int port;

	@Test
	void aWrongPasswordKeepsTheUsernameAndPutsTheCursorInThePasswordField() {
		WebSession session = new WebSession(port);

		HttpResponse<String> answer = session.signIn("admin", "not-the-password");

		assertThat(answer.headers().firstValue("Location")).as("the name stays out of the address")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		Document form = Jsoup.parse(session.get("/login?error").body());
		assertThat(form.select("[role=alert]").text()).isEqualTo("Feil brukernavn eller passord.");
		assertThat(form.select("#username").val()).isEqualTo("admin");
		assertThat(form.select("#password").val()).isEmpty();
		assertThat(form.select("#password").hasAttr("autofocus")).isTrue();
		assertThat(form.select("#username").hasAttr("autofocus")).isFalse();
	}

	@Test
	void theKeptNameIsShownOnceAndAsText() {
		WebSession session = new WebSession(port);
		session.signIn("kari\"><b>nordmann", "galt");

		Document failed = Jsoup.parse(session.get("/login?error").body());
		assertThat(failed.select("#username").val()).isEqualTo("kari\"><b>nordmann");
		assertThat(failed.select("main b")).isEmpty();

		Document later = Jsoup.parse(session.get("/login").body());
		assertThat(later.select("#username").val()).isEmpty();
		assertThat(later.select("#username").hasAttr("autofocus")).isTrue();
	}

	@Test
	void aFreshSignInPageStartsEmptyWithTheCursorInTheUsernameField() {
		Document form = Jsoup.parse(new WebSession(port).get("/login").body());
		assertThat(form.select("#username").val()).isEmpty();
		assertThat(form.select("#username").hasAttr("autofocus")).isTrue();
		assertThat(form.select("#password").hasAttr("autofocus")).isFalse();
	}
}
