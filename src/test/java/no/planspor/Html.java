package no.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Rendered pages read the way a browser reads them (jsoup), so that tests find elements by CSS
 * selector and compare their text and attributes: a changed attribute order, new whitespace or a new
 * wrapper element does not break a test, while a missing element or a wrong text still does.
 */
public final class Html {

	private Html() {
	}

	/** A whole page. */
	public static Document page(String html) {
		return Jsoup.parse(html);
	}

	/**
	 * An htmx answer: checks that it is a piece of a page rather than a whole one, and returns a root
	 * element whose children are the answer's top-level elements, in order. Table rows are parsed
	 * inside a table body, where the browser swaps them in (elsewhere the parser would drop them).
	 */
	public static Element fragment(String html) {
		Document whole = Jsoup.parse(html);
		assertThat(whole.documentType()).as("an htmx answer has no doctype").isNull();
		assertThat(whole.head().childNodes()).as("an htmx answer has no head").isEmpty();
		Element root = new Element(html.strip().startsWith("<tr") ? "tbody" : "body");
		List<Node> nodes = Parser.parseFragment(html, root, "");
		root.appendChildren(nodes);
		return root;
	}

	/** The one element in {@code scope} that matches {@code css}; fails when there is none or several. */
	public static Element one(Element scope, String css) {
		Elements found = scope.select(css);
		if (found.size() != 1) {
			throw new AssertionError("Expected exactly one «%s», found %d, in %s".formatted(css, found.size(), describe(scope)));
		}
		return found.first();
	}

	/** The one element in {@code scope} that matches {@code css} and whose text is {@code text}. */
	public static Element one(Element scope, String css, String text) {
		Elements candidates = scope.select(css);
		List<Element> found = candidates.stream().filter(element -> element.text().equals(text)).toList();
		if (found.size() != 1) {
			throw new AssertionError("Expected exactly one «%s» reading «%s», found %d; «%s» read %s"
				.formatted(css, text, found.size(), css, candidates.eachText()));
		}
		return found.get(0);
	}

	private static String describe(Element scope) {
		String html = scope instanceof Document document ? document.body().outerHtml() : scope.outerHtml();
		return html.length() > 2000 ? html.substring(0, 2000) + " …" : html;
	}
}
