package no.planspor.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.planspor.plan.PlanTree;

/**
 * Where a plan's text comes from, for its item pages. A plan whose text is not its own (the hospital
 * strategy, known only as KRN quotes it) says so in a section headed "Kilde"; the plan page shows it
 * among the other sections, and every item page repeats it beside the item's text, so that a quote is
 * never read as the plan's own words. The plan format has no field for a source, so the heading marks it;
 * a plan without such a section shows nothing.
 */
final class SourceNotes {

	/** The headings that mark a section as the plan's source, in the languages plans are written in. */
	static final Set<String> HEADINGS = Set.of("kilde", "source");

	private SourceNotes() {
	}

	/** The plan's source sections, rendered. */
	static List<String> of(PlanTree tree, Markdown markdown) {
		return tree.sections()
			.stream()
			.filter(section -> section.heading() != null
					&& HEADINGS.contains(section.heading().strip().toLowerCase(Locale.ROOT)))
			.map(section -> markdown.toHtml(section.body()))
			.toList();
	}
}
