package no.planspor.plan;

/** A document the plan refers to; the url may be unknown. */
public record Reference(String title, String url) {
}
