/**
 * The two-year review (gjennomgang) of a plan: a version is made as it opens, the group records a
 * decision with a reason per measure (continue, adjust, stop) and new measures, defines the next
 * shortlist, sends it for consideration, and a leader of the unit (or an administrator) applies it:
 * every decision carried out in one transaction through plan's item rules, and a version made after.
 *
 * <p>This package is the module's API: {@link no.planspor.review.ReviewReader} reads a review and its
 * summary (the report module's PDF uses it), with the records it returns. {@code internal} holds the
 * rules, the SQL and the service; {@code web} the pages and {@code /api/…/reviews}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews",
		allowedDependencies = { "plan", "followup", "version", "account", "audit", "web", "shared" })
package no.planspor.review;
