package se.larteam.meeting;

/**
 * One point of the agenda. {@code readingId} will link a reading of the program's library once that exists;
 * null until then.
 */
public record AgendaItem(String text, String readingId) {

    public static AgendaItem of(String text) {
        return new AgendaItem(text, null);
    }
}
