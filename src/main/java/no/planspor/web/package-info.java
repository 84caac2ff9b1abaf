/**
 * The web shell: the layout, the language (bokmål first, English second) and how errors reach
 * users. Other modules use {@link no.planspor.web.FormErrors}, {@link no.planspor.web.ConflictRow}
 * and {@link no.planspor.web.ProblemDetails}, its only public types; the rest (error pages, the
 * language resolver, the admin landing page) is package-private, which keeps it out of reach
 * without sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "shared" })
package no.planspor.web;
