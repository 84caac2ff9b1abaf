package no.planspor.plan;

/**
 * A result indicator of an item.
 *
 * @param number counts from 1 in plan order within the item
 * @param target null until a person has confirmed one
 */
public record Indicator(long id, long itemId, int number, String text, Target target, int version) {
}
