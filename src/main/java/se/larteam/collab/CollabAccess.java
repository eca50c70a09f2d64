package se.larteam.collab;

/** What a person may do with one co-edited document right now. */
public enum CollabAccess {
    NONE,
    READ,
    WRITE
}
