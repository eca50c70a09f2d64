package se.larteam.team;

/** Membership in one team. */
public enum TeamRole {
    /** A school leader in the team (deltagare). */
    MEMBER,
    /** Leads the team's meetings and comments on reflections (processledare). */
    PROCESS_LEADER
}
