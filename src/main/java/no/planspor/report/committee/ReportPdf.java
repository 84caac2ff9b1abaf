package no.planspor.report.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

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
 * The committee's report as an A4 PDF: the report's own template (which the page shares its body
 * with) laid out by openhtmltopdf, with DejaVu Sans shipped in the application and embedded, so that
 * æ, ø and å print the same on every machine, and tagged for accessibility (PDF/UA).
 */
@Component
public class ReportPdf {

	private static final String FONT = "DejaVu Sans";

	private static final String FONTS = "/no/planspor/report/fonts/";

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	ReportPdf(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	byte[] write(CommitteeReport report, Locale locale) {
		return write("report/committee-pdf", java.util.Map.of("report", report), locale);
	}

	/** Any of the module's PDF templates (the review summary's too), with these variables, laid out the same way. */
	public byte[] write(String template, java.util.Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		// So that the template reaches beans (@dates) as page templates do.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		variables.forEach(context::setVariable);
		String html = templates.process(template, context);
		// openhtmltopdf reads XML; jsoup turns the HTML into a DOM it takes, whatever the template's markup.
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FONT, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FONT, 700,
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
