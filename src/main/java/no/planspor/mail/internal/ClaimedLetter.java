package no.planspor.mail.internal;

import no.planspor.mail.Letter;

/** A letter a sender has claimed (state SENDING): only that sender sends it. {@code attempts} counts this one. */
public record ClaimedLetter(long id, Letter letter, int attempts) {
}
