package se.larteam.notification;

import se.larteam.user.UserId;

/**
 * A notification to create: {@code kind} is a translation key suffix ("comment", "mention", "shared") whose text
 * takes the actor's name and {@code title}; {@code link} is an in-app address.
 */
public record NewNotification(UserId recipient, UserId actor, String kind, String subjectType, String subjectId,
        String title, String link) {
}
