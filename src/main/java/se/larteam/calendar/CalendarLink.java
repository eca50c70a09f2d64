package se.larteam.calendar;

import java.time.Instant;

/**
 * A person's secret feed address. Whoever has it can read the person's calendar, so it is shown only to its owner.
 *
 * @param path the address below the application's root, e.g. {@code /kalender/<token>.ics}
 * @param createdAt when it was made; a new link replaces the old one at once
 */
public record CalendarLink(String path, Instant createdAt) {

    @Override
    public String toString() {
        // Never the path: records end up in logs and exception messages.
        return "CalendarLink[createdAt=" + createdAt + "]";
    }
}
