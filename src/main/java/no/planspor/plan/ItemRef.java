package no.planspor.plan;

/** A link to another item, in this plan or another (a strategy item), with enough to show it. */
public record ItemRef(long id, String planCode, String code, ItemKind kind, String title, String text) {

	/** What to show for the item: its title, else its text. */
	public String label() {
		return title != null ? title : text;
	}
}
