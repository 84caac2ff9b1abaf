package no.planspor.report;

import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown of a plan's sections. Plans are imported from files that anyone with the admin
 * role can write, so raw HTML is shown as text, and only http(s) and relative addresses stay links:
 * a link to anything else ({@code javascript:}, {@code data:}) is shown as its plain text, and such an
 * image as its description. Headings inside a body go below the section's own heading.
 */
@Component
class Markdown {

	/** A section's own heading is an h2 on the plan page; headings inside its body go below it. */
	private static final int HEADING_OFFSET = 2;

	/** A scheme before the first "/", "?" or "#" makes an address absolute (RFC 3986). */
	private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.\\-]*):");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.attributeProviderFactory(context -> (node, tag, attributes) -> {
			if (node instanceof Paragraph paragraph && isStandaloneQuote(paragraph)) {
				attributes.put("class", "standalone-quote");
			}
		})
		.build();

	String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = parser.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
				visitChildren(heading);
			}

			@Override
			public void visit(Link link) {
				visitChildren(link);
				if (!isSafe(link.getDestination())) {
					unwrap(link);
				}
			}

			@Override
			public void visit(Image image) {
				if (!isSafe(image.getDestination())) {
					image.insertBefore(new Text(describe(image)));
					image.unlink();
				}
			}
		});
		return renderer.render(document);
	}

	static boolean isSafe(String destination) {
		if (destination == null) {
			return true;
		}
		var scheme = SCHEME.matcher(destination);
		if (!scheme.find()) {
			// Control characters could hide a scheme from the check above ("java\tscript:").
			return destination.chars().noneMatch(Character::isISOControl);
		}
		String name = scheme.group(1).toLowerCase(Locale.ROOT);
		return name.equals("http") || name.equals("https");
	}

	/**
	 * A paragraph that is one quotation and nothing else, such as TIK's overarching goal
	 * («Vi skal være landets ledende …»), is set apart the way the printed plans set it apart.
	 */
	static boolean isStandaloneQuote(Paragraph paragraph) {
		StringBuilder text = new StringBuilder();
		for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text part) {
				text.append(part.getLiteral());
			}
			else if (!(child instanceof SoftLineBreak)) {
				return false;
			}
		}
		String quote = text.toString().strip();
		return quote.length() > 2 && quote.startsWith("«") && quote.endsWith("»")
				&& quote.indexOf('«', 1) < 0;
	}

	/** Puts a link's content where the link was. */
	private static void unwrap(Node link) {
		Node child = link.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		link.unlink();
	}

	private static String describe(Image image) {
		StringBuilder text = new StringBuilder();
		for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text part) {
				text.append(part.getLiteral());
			}
		}
		return text.toString();
	}
}
