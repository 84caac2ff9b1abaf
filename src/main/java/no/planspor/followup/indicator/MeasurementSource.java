package no.planspor.followup.indicator;

/** Where a measured value came from. */
public enum MeasurementSource {
	/** Typed by a person (the item page's form, or a client acting for a person). */
	MANUAL,
	/** Read from a file (reserved for the spreadsheet import; the API and the forms refuse it). */
	IMPORT,
	/** Delivered by another system through the API. */
	API
}
