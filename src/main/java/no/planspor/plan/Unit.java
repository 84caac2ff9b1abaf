package no.planspor.plan;

/** A clinic, department or research group in the organisation tree. */
public record Unit(long id, String code, String name, Long parentId) {
}
