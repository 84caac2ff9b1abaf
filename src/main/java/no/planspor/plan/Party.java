package no.planspor.plan;

/** A row of the plan's abbreviation table: who can answer for items. */
public record Party(long id, String code, String name, PartyKind kind) {
}
