package se.larteam.reading;

import java.util.List;

/** One line of the library: enough to choose what to open. {@code teamName} is the team it came from, if any. */
public record ReadingSummary(ReadingId id, String title, List<String> authors, Integer year, ReadingKind kind,
        Evidence evidence, List<String> themes, ReadingScope scope, String teamName, boolean hasPdf) {
}
