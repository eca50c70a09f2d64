package se.larteam.calendar;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One link per person, keyed by the person: replacing it is one write, after which the old token is gone. The token
 * is kept as it is (not hashed) because its owner is shown the address again on every visit; it has a unique index
 * so the feed reads it by a unique key.
 */
@Document(CalendarLinkDocument.COLLECTION)
record CalendarLinkDocument(@Id String userId, String token, Instant createdAt) {

    static final String COLLECTION = "calendar_links";

    @Override
    public String toString() {
        return "CalendarLinkDocument[userId=" + userId + ", createdAt=" + createdAt + "]";
    }
}
