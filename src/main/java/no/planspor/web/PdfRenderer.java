package no.planspor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The one way Planspor makes a PDF: a Thymeleaf template written for paper, laid out by openhtmltopdf
 * with DejaVu Sans shipped in the application and embedded (so that æ, ø and å print the same on every
 * machine), and tagged for accessibility (PDF/UA). Each document (the committee's report, the plan,
 * the plan table) has its own template; this class only turns one into the file.
 */
@Component
public class PdfRenderer {

	/** The font family the templates name. */
	public static final String FONT = "DejaVu Sans";

	private static final String FONTS = "/no/planspor/web/fonts/";

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	PdfRenderer(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/**
	 * @param template the template's name, as a controller would return it ("report/plan-pdf")
	 * @param variables what the template reads, by name
	 */
	public byte[] render(String template, Map<String, ?> variables, Locale locale) {
		Context context = new Context(locale);
		// So that the template reaches beans (@dates) as page templates do.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		variables.forEach(context::setVariable);
		String html = templates.process(template, context);
		// openhtmltopdf reads XML; jsoup turns the HTML into a DOM it takes, whatever the template's markup.
		org.jsoup.nodes.Document parsed = Jsoup.parse(html);
		// The PDF's outline (<bookmarks>) is read from the head only, and an HTML parser moves unknown
		// elements out of the head: put it back.
		org.jsoup.nodes.Element bookmarks = parsed.selectFirst("bookmarks");
		if (bookmarks != null) {
			parsed.head().appendChild(bookmarks);
		}
		org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FONT, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FONT, 700,
					FontStyle.NORMAL, true);
			builder.withW3cDocument(document, "/");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}
}
