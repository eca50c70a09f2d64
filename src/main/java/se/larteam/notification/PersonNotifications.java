package se.larteam.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's latest notifications (newest last, at most {@link NotificationService#KEPT}), read by {@code _id}. */
@Document(PersonNotifications.COLLECTION)
record PersonNotifications(@Id String id, List<Entry> entries) {

    static final String COLLECTION = "notifications";

    PersonNotifications {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    record Entry(String id, String kind, String actorId, String subjectType, String subjectId, String title,
            String link, Instant at, boolean read) {
    }
}
