/**
 * Indicators and targets: proposing a target from an indicator's text, setting it, recording
 * measurements (pages and API), and how far each indicator has come (progress from yearly readings).
 */
package no.planspor.followup.indicator;
