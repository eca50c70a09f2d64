package se.larteam.reading;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;

/**
 * The rules for what may be written about a reading, with the limits shown to users. DOIs are kept in their bare
 * form ({@code 10.prefix/suffix}, lower case: DOI names are case-insensitive); links only as http(s), so a
 * {@code javascript:} address can never reach a page as a link.
 */
final class ReadingValidation {

    static final int TITLE_MAX = 300;
    static final int AUTHOR_MAX = 200;
    static final int AUTHORS_MAX = 50;
    static final int SOURCE_MAX = 300;
    static final int URL_MAX = 2_000;
    static final int SUMMARY_MAX = 10_000;
    static final int THEME_MAX = 60;
    static final int THEMES_MAX = 20;
    static final int QUESTION_MAX = 500;
    static final int QUESTIONS_MAX = 20;
    static final int NOTE_MAX = 2_000;
    static final int FIRST_YEAR = 1800;
    static final Set<String> LANGUAGES = Set.of("sv", "en", "no");

    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    private static final Pattern DOI_PREFIX = Pattern.compile(
            "^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

    private ReadingValidation() {
    }

    /** The draft, trimmed and normalised, or the first problem found as an {@link InvalidInputException}. */
    static ReadingDraft validated(ReadingDraft draft, Year thisYear) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "reading.title.required");
        }
        title = Check.optionalText("title", title, TITLE_MAX);
        List<String> authors = list("authors", draft.authors(), AUTHOR_MAX, AUTHORS_MAX, "reading.authors.too-many");
        Integer year = draft.year();
        int lastYear = thisYear.getValue() + 1;
        if (year != null && (year < FIRST_YEAR || year > lastYear)) {
            throw new InvalidInputException("year", "reading.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(lastYear));
        }
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "reading.kind.required");
        }
        if (draft.evidence() == null) {
            throw new InvalidInputException("evidence", "reading.evidence.required");
        }
        String source = Check.optionalText("source", draft.source(), SOURCE_MAX);
        String doi = doi(draft.doi());
        String url = url(draft.url());
        String language = draft.language() == null || draft.language().isBlank() ? "sv"
                : draft.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "reading.language.invalid");
        }
        String summary = Check.optionalText("summary", draft.summary(), SUMMARY_MAX);
        List<String> themes = themes(draft.themes());
        List<String> questions = list("discussionQuestions", draft.discussionQuestions(), QUESTION_MAX,
                QUESTIONS_MAX, "reading.questions.too-many");
        return new ReadingDraft(title, authors, year, draft.kind(), source, doi, url, language, summary, themes,
                draft.evidence(), questions);
    }

    /** A DOI in its bare form, from {@code 10.xxxx/…}, {@code doi:10.xxxx/…} or {@code https://doi.org/10.xxxx/…}. */
    static String doi(String value) {
        String doi = value == null ? "" : value.strip();
        if (doi.isEmpty()) {
            return "";
        }
        doi = DOI_PREFIX.matcher(doi).replaceFirst("");
        if (doi.length() > 300 || !DOI.matcher(doi).matches()) {
            throw new InvalidInputException("doi", "reading.doi.invalid");
        }
        return doi.toLowerCase(Locale.ROOT);
    }

    /** An absolute http or https address with a host, or empty. */
    static String url(String value) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            return "";
        }
        if (url.length() > URL_MAX) {
            throw new InvalidInputException("url", "validation.too-long", URL_MAX);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidInputException("url", "reading.url.invalid");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "reading.url.invalid");
        }
    }

    static String note(String text) {
        return Check.requiredText("note", text, NOTE_MAX);
    }

    /** Themes without blanks or case-insensitive repeats; vocabulary themes are written as the vocabulary has them. */
    static List<String> themes(List<String> values) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String theme : values == null ? List.<String>of() : values) {
            String clean = theme == null ? "" : theme.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > THEME_MAX) {
                throw new InvalidInputException("themes", "reading.theme.too-long", THEME_MAX);
            }
            String key = clean.toLowerCase(Locale.ROOT);
            String known = ReadingThemes.DEFAULT.stream().filter(t -> t.equals(key)).findFirst().orElse(clean);
            unique.putIfAbsent(key, known);
        }
        if (unique.size() > THEMES_MAX) {
            throw new InvalidInputException("themes", "reading.themes.too-many", THEMES_MAX);
        }
        return List.copyOf(unique.values());
    }

    private static List<String> list(String field, List<String> values, int maxLength, int maxCount, String tooMany) {
        List<String> result = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String clean = value == null ? "" : value.strip();
            if (!clean.isEmpty()) {
                result.add(Check.optionalText(field, clean, maxLength));
            }
        }
        if (result.size() > maxCount) {
            throw new InvalidInputException(field, tooMany, maxCount);
        }
        return List.copyOf(result);
    }
}
