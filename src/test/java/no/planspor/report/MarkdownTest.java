package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void listsAndParagraphsAsInThePlans() {
		assertThat(markdown.toHtml("Viktig:\n\n- verdisettet i TIK\n- prosjektmal"))
			.isEqualTo("<p>Viktig:</p>\n<ul>\n<li>verdisettet i TIK</li>\n<li>prosjektmal</li>\n</ul>\n");
	}

	@Test
	void rawHtmlIsShownAsText() {
		assertThat(markdown.toHtml("<script>alert(1)</script>\n\nA <b onmouseover=x>b</b>"))
			.doesNotContain("<script", "<b ")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onmouseover=x&gt;");
	}

	@Test
	void onlyWebAndRelativeLinksSurvive() {
		String html = markdown.toHtml("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](mailto:x@y.no) "
				+ "[e](https://digdir.no) [f](http://example.org) [g](/plans/x) [h](#item-1) ![i](javascript:x)");
		assertThat(html).doesNotContain("javascript:", "data:", "vbscript:", "mailto:")
			.contains("href=\"https://digdir.no\"", "href=\"http://example.org\"", "href=\"/plans/x\"", "href=\"#item-1\"");
	}

	@Test
	void headingsInABodyGoBelowTheSectionHeading() {
		assertThat(markdown.toHtml("# Én\n\n## To\n\n##### Fem")).isEqualTo("<h3>Én</h3>\n<h4>To</h4>\n<h6>Fem</h6>\n");
	}

	@Test
	void aParagraphThatIsOneQuotationIsSetApart() {
		assertThat(markdown.toHtml("«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»"))
			.isEqualTo("<p class=\"standalone-quote\">«Vi skal være landets ledende forskningsinstitusjon\ninnen våre fagfelt»</p>\n");
		assertThat(markdown.toHtml("Han sa «ja» og gikk.")).doesNotContain("standalone-quote");
		assertThat(markdown.toHtml("«Ja» og «nei»")).doesNotContain("standalone-quote");
		assertThat(markdown.toHtml("«Se *dette*»")).doesNotContain("standalone-quote");
	}

	@Test
	void nothingForAnEmptyBody() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  ")).isEmpty();
	}
}
