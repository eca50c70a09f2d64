package se.larteam.program;

/** A person's standing in one program; a person may hold several. */
public enum ProgramRole {
    /** Sets up the program, its schedule and its teams (utvecklingschef, samordnare). */
    ORGANISER,
    /** Takes part through a team, as a member or a process leader. */
    PARTICIPANT,
    /** Browses the program's shared research library without being in a team. */
    READER
}
