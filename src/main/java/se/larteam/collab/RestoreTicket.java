package se.larteam.collab;

/** A granted request to restore a version, handed to the restorer's own editor, which then makes the edit. */
public record RestoreTicket(String value) {
}
