package no.planspor.plan;

/** A titled piece of the plan's running text; the body is Markdown. */
public record Section(long id, String heading, String body) {
}
