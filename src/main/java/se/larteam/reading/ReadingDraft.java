package se.larteam.reading;

import java.util.List;

/**
 * What someone writes about a reading when adding or editing it, as typed; {@link ReadingService} validates and
 * normalises it (DOI, URL, themes). Lists may be null.
 */
public record ReadingDraft(String title, List<String> authors, Integer year, ReadingKind kind, String source,
        String doi, String url, String language, String summary, List<String> themes, Evidence evidence,
        List<String> discussionQuestions) {
}
