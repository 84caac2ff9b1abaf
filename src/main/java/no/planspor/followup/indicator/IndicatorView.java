package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.planspor.followup.IndicatorProgress;
import no.planspor.plan.Indicator;
import no.planspor.plan.Target;

/**
 * One indicator on the item page.
 *
 * @param values newest first
 * @param chart the chart's data as JSON (see {@code static/js/indicator-charts.js}), null without values
 * @param mayEditTarget the reader may set, change or clear the target
 * @param mayMeasure the indicator has a target and the reader may record values (not in an archived plan)
 */
public record IndicatorView(int number, Indicator indicator, IndicatorProgress progress, List<Measurement> values,
		String chart, boolean mayEditTarget, boolean mayMeasure) {

	public Target target() {
		return indicator.target();
	}

	public boolean hasChart() {
		return chart != null;
	}

	public boolean isMilestone() {
		return target() != null && target().kind() == Target.Kind.MILESTONE;
	}

	public boolean isRecurring() {
		return target() != null && target().kind() == Target.Kind.RECURRING;
	}

	/** Per-year targets restart each year: the value that counts is this year's. */
	public boolean isPerYear() {
		return target() != null && (target().per() == Target.Per.YEAR || isRecurring());
	}

	/** The message key of the value field's hint: what a value means for this kind of target. */
	public String valueHintKey() {
		Target.Kind kind = target().kind();
		if (kind == Target.Kind.INCREASE_PERCENT || kind == Target.Kind.RECURRING || kind == Target.Kind.MILESTONE) {
			return "indicator.form.value." + kind;
		}
		return "indicator.form.value." + kind + (isPerYear() ? ".YEAR" : ".PLAN");
	}

	public Measurement latest() {
		return values.isEmpty() ? null : values.get(0);
	}

	public LocalDate firstAsOf() {
		return values.isEmpty() ? null : values.get(values.size() - 1).asOf();
	}

	public BigDecimal goal() {
		return progress.goal();
	}
}
