package se.larteam.reflection;

/**
 * Who may read a shared reflection besides its author. A draft is its author's alone whatever this says.
 * Organisers are never among them: the team is a safe room.
 */
public enum Visibility {
    /** The author only; process leaders included out. */
    PRIVATE,
    /** The author and the team's process leaders. */
    PROCESS_LEADERS,
    /** Everyone inside the team: its members and process leaders. */
    TEAM
}
