package se.larteam.reading;

/** Where a reading lives: inside one team, or in the program's shared library. */
public enum ReadingScope {
    /** The team's own: its members and process leaders only. */
    TEAM,
    /** The program's library: everyone with a role in the program. */
    LIBRARY
}
