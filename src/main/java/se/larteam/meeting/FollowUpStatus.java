package se.larteam.meeting;

/** How a promise from last time went. */
public enum FollowUpStatus {
    DONE,
    PARTLY,
    NOT_DONE
}
