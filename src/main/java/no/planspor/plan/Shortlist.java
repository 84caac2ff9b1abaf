package no.planspor.plan;

/** A named priority window such as "Kortliste 2026-2027". */
public record Shortlist(long id, String code, String title) {
}
