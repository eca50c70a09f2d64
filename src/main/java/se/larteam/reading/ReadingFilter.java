package se.larteam.reading;

/**
 * What the library list is narrowed to; every part may be null (no restriction). {@code text} is matched, case
 * insensitively, against title, authors, summary and the text of an attached PDF.
 */
public record ReadingFilter(String text, String theme, Integer yearFrom, Integer yearTo, ReadingKind kind,
        Evidence evidence, String teamId) {

    public static ReadingFilter none() {
        return new ReadingFilter(null, null, null, null, null, null, null);
    }
}
