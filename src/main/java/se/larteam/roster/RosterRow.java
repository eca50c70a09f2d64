package se.larteam.roster;

/** One person of a roster file; {@code line} is the line in the file (the header is line 1). */
public record RosterRow(int line, String displayName, String email, String title, String unit, String team) {
}
