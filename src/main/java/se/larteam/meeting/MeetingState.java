package se.larteam.meeting;

/** A meeting moves forward only: planned, then held, then its minutes are approved by a process leader. */
public enum MeetingState {
    PLANNED,
    HELD,
    /** Read-only for everyone but the team's process leaders; the organisers may read it. */
    APPROVED
}
