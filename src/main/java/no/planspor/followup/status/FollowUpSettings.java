package no.planspor.followup.status;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param staleAfterDays days without a status update after which an item's state shows as stale
 */
@ConfigurationProperties("planspor.followup")
public record FollowUpSettings(int staleAfterDays) {

	public FollowUpSettings {
		if (staleAfterDays < 1) {
			throw new IllegalArgumentException("planspor.followup.stale-after-days must be at least 1");
		}
	}
}
