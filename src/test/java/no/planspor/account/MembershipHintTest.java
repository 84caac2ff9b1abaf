package no.planspor.account;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hint above "Ansvarlig for" on a user's page gives examples from the seed plans; each example is
 * true of them: the party it names is one that the unit's plans have (as the page's own party choice
 * for that unit lists them).
 */
@PlansporTest
class MembershipHintTest {

	/** "(Kari Nordmann er FL i TIK)", "(three people make up CRAI in the KRN plan)". */
	static final List<Pattern> EXAMPLES = List.of(Pattern.compile("er (\\S+) i (\\S+)\\)"),
			Pattern.compile("utgjør (\\S+) i (\\S+)-planen"), Pattern.compile("is (\\S+) in (\\S+)\\)"),
			Pattern.compile("make up (\\S+) in the (\\S+) plan"));

	@LocalServerPort
	int port;

	@Test
	void everyExampleInTheHintNamesAPartyThatUnitHas() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Document users = Jsoup.parse(admin.get("/admin/users").body());
		String userPage = users.select("main table a[href^=/admin/users/]").first().attr("href");

		int examples = 0;
		for (String lang : List.of("nb", "en")) {
			Document page = Jsoup.parse(admin.get(userPage + "?lang=" + lang).body());
			String hint = page.select("#memberships > p.muted").text();
			for (Pattern example : EXAMPLES) {
				Matcher claim = example.matcher(hint);
				if (claim.find()) {
					examples++;
					assertThat(partiesOf(admin, page, userPage, claim.group(2)))
						.as("«%s» in the hint (%s): the parties of %s", claim.group(), lang, claim.group(2))
						.contains(claim.group(1));
				}
			}
		}
		assertThat(examples).as("examples found in both languages").isEqualTo(4);
	}

	/** The party codes the page offers for a unit's plans. */
	private static List<String> partiesOf(WebSession admin, Document page, String userPage, String unitCode) {
		Element unit = page.select("#scope option[value^=unit:]")
			.stream()
			.filter(option -> option.text().startsWith(unitCode + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no unit " + unitCode + " to choose"));
		Document field = Jsoup.parse(admin.get(userPage + "/parties?scope=" + unit.val()).body());
		return field.select("#partyCode option").eachAttr("value");
	}
}
