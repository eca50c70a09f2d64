package se.larteam.notification;

import se.larteam.user.UserId;

/**
 * Implemented by a feature whose things notifications are about (reflections), so the notification list can ask,
 * without depending on that feature, whether the person may still see the subject; one that is hidden now is left
 * out.
 */
public interface NotificationSubjects {

    /** The subject type these answers are for, e.g. "reflection". */
    String type();

    boolean maySee(UserId person, String subjectId);
}
