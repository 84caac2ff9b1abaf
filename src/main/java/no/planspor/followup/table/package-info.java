/** The plan table: one row per measure, with filters and sorting that live in the address. */
package no.planspor.followup.table;
