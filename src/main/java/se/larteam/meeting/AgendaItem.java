package se.larteam.meeting;

/**
 * One point of the agenda. {@code readingId} links a reading the team may see (the program's library or the
 * team's own), or is null.
 */
public record AgendaItem(String text, String readingId) {

    public static AgendaItem of(String text) {
        return new AgendaItem(text, null);
    }
}
