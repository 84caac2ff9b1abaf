package no.planspor.report;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import no.planspor.Html;

class MarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void listsAndParagraphsAsInThePlans() {
		Element body = html("Viktig:\n\n- verdisettet i TIK\n- prosjektmal");
		assertThat(tags(body)).containsExactly("p", "ul");
		assertThat(one(body, "p").text()).isEqualTo("Viktig:");
		assertThat(one(body, "ul").children().eachText()).containsExactly("verdisettet i TIK", "prosjektmal");
		assertThat(tags(one(body, "ul"))).containsExactly("li", "li");
	}

	@Test
	void rawHtmlIsShownAsText() {
		Element body = html("<script>alert(1)</script>\n\nA <b onmouseover=x>b</b>");
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
		Element body = html("# Én\n\n## To\n\n##### Fem");
		assertThat(tags(body)).containsExactly("h3", "h4", "h6");
		assertThat(body.children().eachText()).containsExactly("Én", "To", "Fem");
	}

	@Test
	void aParagraphThatIsOneQuotationIsSetApart() {
		Element body = html("«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»");
		assertThat(tags(body)).containsExactly("p");
		Element quote = one(body, "p.standalone-quote");
		assertThat(quote.classNames()).containsExactly("standalone-quote");
		assertThat(quote.wholeText()).isEqualTo("«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»");
		for (String text : new String[] { "Han sa «ja» og gikk.", "«Ja» og «nei»", "«Se *dette*»" }) {
			Element other = html(text);
			assertThat(tags(other)).as(text).containsExactly("p");
			assertThat(other.select(".standalone-quote")).as(text).isEmpty();
		}
	}

	@Test
	void nothingForAnEmptyBody() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  ")).isEmpty();
	}

	/** The rendered Markdown as the page's body holds it. */
	private Element html(String markdownText) {
		return Html.page(markdown.toHtml(markdownText)).body();
	}

	private static java.util.List<String> tags(Element parent) {
		return parent.children().stream().map(Element::tagName).toList();
	}
}
