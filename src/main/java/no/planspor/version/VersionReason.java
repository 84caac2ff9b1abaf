package no.planspor.version;

/** Why a version was made: by an editor's hand, or by Planspor at a step of the plan's life. */
public enum VersionReason {
	MANUAL, ADOPTION, REVIEW, ROUND
}
