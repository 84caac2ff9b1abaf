/**
 * The web shell: the layout, the language (bokmål first, English second), how errors reach
 * users, and how a page's content becomes a PDF ({@link no.planspor.web.PdfRenderer}, with the fonts it
 * embeds). Other modules use {@link no.planspor.web.FormErrors}, {@link no.planspor.web.ConflictRow},
 * {@link no.planspor.web.ProblemDetails} and {@link no.planspor.web.PdfRenderer}, its only public types; the rest (error pages, the
 * language resolver, the admin landing page) is package-private, which keeps it out of reach
 * without sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "shared" })
package no.planspor.web;
