package no.planspor.followup;

import java.util.List;

import no.planspor.followup.indicator.IndicatorView;
import no.planspor.followup.indicator.MeasurementForm;
import no.planspor.web.FormErrors;

/**
 * What the item page shows of an item's indicators: each with its target, progress, measurements and
 * chart, and what the reader may do (the forms show only then; the server checks again on every post).
 *
 * @param asOf the as-of dates a measurement may have; a blank form starts at the latest
 */
public record IndicatorPanel(String planCode, String itemCode, List<IndicatorView> indicators, AsOfDates asOf) {

	/** Whether some indicator has a chart, or may get one: the page then loads the chart script. */
	public boolean needsCharts() {
		return indicators.stream().anyMatch(view -> view.hasChart() || view.mayMeasure());
	}

	public IndicatorView indicator(int number) {
		return indicators.get(number - 1);
	}

	/**
	 * The measurement form of an indicator: as typed when {@code refused} (a form that was sent
	 * back, from the flash or the htmx answer) is for it, else empty, as of the latest date allowed.
	 */
	public MeasurementForm form(IndicatorView view, Object refused) {
		if (refused instanceof MeasurementForm form && form.n() == view.number()) {
			return form;
		}
		MeasurementForm blank = MeasurementForm.blank(view.number(), asOf.latest());
		// Something that recurs is recorded once per occurrence: 1 is the usual value.
		return view.isRecurring() ? new MeasurementForm(blank.n(), "1", blank.asOf(), null, null) : blank;
	}

	/** The problems of indicator {@code n}'s form: {@code errors} when {@code refused} is its form. */
	public FormErrors errors(int n, Object refused, Object errors) {
		return refused instanceof MeasurementForm form && form.n() == n && errors instanceof FormErrors problems
				? problems : FormErrors.none();
	}
}
