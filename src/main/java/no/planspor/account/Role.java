package no.planspor.account;

/** A user's standing; EDITOR edits the plans of the units it is granted, CONTRIBUTOR updates the items of its parties. */
public enum Role {
	ADMIN, EDITOR, CONTRIBUTOR, READER;

	String authority() {
		return "ROLE_" + name();
	}
}
