package no.planspor.plan;

/**
 * The name {@link UnitEditing} knows the field checks by. Units stay here, unchanged, while their move
 * to a module of their own is under way; new code uses {@link no.planspor.plan.editing.FieldChecks}.
 * Remove this class when UnitEditing no longer needs it.
 */
final class FieldChecks extends no.planspor.plan.editing.FieldChecks {
}
