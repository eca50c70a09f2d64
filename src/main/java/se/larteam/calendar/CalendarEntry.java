package se.larteam.calendar;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One event in a person's calendar.
 *
 * @param uid a globally unique id that stays the same for as long as the event exists (e.g.
 *        {@code "program-session-<id>@larteam"}): calendar apps update an event with a known uid instead of adding
 *        a copy
 * @param title the summary shown in the calendar
 * @param start when it starts (shown in Swedish time whatever the zone given)
 * @param end when it ends, after {@code start}
 * @param location a place or a meeting link; empty when none
 * @param description what it is and where it belongs (e.g. the program); empty when none
 */
public record CalendarEntry(String uid, String title, ZonedDateTime start, ZonedDateTime end, String location,
        String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("A calendar entry needs a uid");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A calendar entry must end after it starts: " + uid);
        }
        title = title == null ? "" : title.strip();
        location = location == null ? "" : location.strip();
        description = description == null ? "" : description.strip();
    }
}
