/**
 * Mail that is never lost and never sent twice: other modules write a {@link no.planspor.mail.Letter}
 * (usually through {@link no.planspor.mail.LetterTemplates}) and queue it in the outbox
 * ({@link no.planspor.mail.Outbox}) in the same transaction as what caused it; a background sender
 * delivers it over SMTP after the commit, with retries. This package is the module's API. The rest is
 * internal: {@code internal} (the outbox table, the templates, the sender) and {@code web} (the
 * administrators' outbox pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "shared", "web" })
package no.planspor.mail;
