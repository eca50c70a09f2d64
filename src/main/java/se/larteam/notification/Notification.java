package se.larteam.notification;

import java.time.Instant;

/** One notification as its recipient sees it. */
public record Notification(String id, String kind, String actorName, String title, String link, Instant at,
        boolean read) {
}
