package se.larteam.reading;

import java.util.List;

/**
 * A passage of a reading's text as plain parts, those that matched the search marked. Views show each part as
 * text (never as markup), so a reading's own text can never inject anything into the page.
 */
public record Snippet(List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {
    }

    /** The passage as one string, for tests and logs. */
    public String text() {
        StringBuilder all = new StringBuilder();
        parts.forEach(p -> all.append(p.text()));
        return all.toString();
    }
}
