package no.planspor.version;

import java.time.Instant;

/**
 * One version of a plan, without its content.
 *
 * @param madeBy the username of who made it ({@code system} when Planspor did)
 * @param madeByName the name to show for them
 */
public record PlanVersion(int number, String label, VersionReason reason, Instant madeAt, String madeBy,
		String madeByName) {
}
