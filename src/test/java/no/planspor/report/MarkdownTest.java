package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import no.planspor.Html;

class MarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void listsAndParagraphsAsInThePlans() {
		assertThat(markdown.toHtml("Viktig:\n\n- verdisettet i TIK\n- prosjektmal"))
			.isEqualTo("<p>Viktig:</p>\n<ul>\n<li>verdisettet i TIK</li>\n<li>prosjektmal</li>\n</ul>\n");
	}

	@Test
	void rawHtmlIsShownAsText() {
		Element body = Html.page(markdown.toHtml("<script>alert(1)</script>\n\nA <b onmouseover=x>b</b>")).body();
		assertThat(body.select("script, b, [onmouseover]")).isEmpty();
		assertThat(body.text()).contains("<script>alert(1)</script>", "A <b onmouseover=x>b</b>");
	}

	@Test
	void onlyWebAndRelativeLinksSurvive() {
		String html = markdown.toHtml("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](mailto:x@y.no) "
				+ "[e](https://digdir.no) [f](http://example.org) [g](/plans/x) [h](#item-1) ![i](javascript:x)");
		// The refused links are left as their words; nothing of their addresses remains.
		assertThat(html).doesNotContain("javascript:", "data:", "vbscript:", "mailto:");
		Element body = Html.page(html).body();
		assertThat(body.select("a").eachAttr("href")).containsExactly("https://digdir.no", "http://example.org", "/plans/x",
				"#item-1");
		assertThat(body.select("a").eachText()).containsExactly("e", "f", "g", "h");
	}

	@Test
	void headingsInABodyGoBelowTheSectionHeading() {
		assertThat(markdown.toHtml("# Én\n\n## To\n\n##### Fem")).isEqualTo("<h3>Én</h3>\n<h4>To</h4>\n<h6>Fem</h6>\n");
	}

	@Test
	void aParagraphThatIsOneQuotationIsSetApart() {
		assertThat(markdown.toHtml("«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»"))
			.isEqualTo("<p class=\"standalone-quote\">«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»</p>\n");
		for (String text : new String[] { "Han sa «ja» og gikk.", "«Ja» og «nei»", "«Se *dette*»" }) {
			Element body = Html.page(markdown.toHtml(text)).body();
			assertThat(body.select("p")).as(text).hasSize(1);
			assertThat(body.select(".standalone-quote")).as(text).isEmpty();
		}
	}

	@Test
	void nothingForAnEmptyBody() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  ")).isEmpty();
	}
}
