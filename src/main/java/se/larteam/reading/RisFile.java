package se.larteam.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.larteam.base.InvalidInputException;

/**
 * Reads RIS, the tagged format reference managers (EndNote, Zotero, Mendeley) and databases such as ERIC and
 * DiVA export: {@code TY  - JOUR} opens an entry, {@code ER  -} closes it, one tag per line. Lenient about the
 * spaces around the dash and about line endings; an entry that is never closed is reported, not guessed at.
 */
final class RisFile {

    private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9])\\s{0,2}-\\s?(.*)$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private RisFile() {
    }

    static List<ParsedEntry> read(byte[] bytes, Evidence evidence) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<ParsedEntry> entries = new ArrayList<>();
        Map<String, List<String>> tags = null;
        int start = 0;
        int number = 0;
        for (String line : text.split("\\r?\\n|\\r")) {
            number++;
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2).strip();
            if (tag.equals("TY")) {
                if (tags != null) {
                    entries.add(new ParsedEntry(start, null, "reading.import.unterminated"));
                }
                tags = new LinkedHashMap<>();
                start = number;
            }
            if (tags == null) {
                continue;
            }
            if (tag.equals("ER")) {
                entries.add(new ParsedEntry(start, draft(tags, evidence), null));
                tags = null;
            } else {
                tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
            }
        }
        if (tags != null) {
            entries.add(new ParsedEntry(start, null, "reading.import.unterminated"));
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException("file", "reading.import.not-ris");
        }
        return entries;
    }

    private static ReadingDraft draft(Map<String, List<String>> tags, Evidence evidence) {
        String title = first(tags, "TI", "T1", "CT");
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1", "A2")) {
            authors.addAll(tags.getOrDefault(tag, List.of()));
        }
        Integer year = null;
        Matcher y = YEAR.matcher(first(tags, "PY", "Y1", "DA"));
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        String source = first(tags, "JO", "JF", "T2", "BT", "PB");
        String language = switch (first(tags, "LA").toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english", "engelska" -> "en";
            case "no", "nb", "nn", "nor", "norwegian", "norska" -> "no";
            default -> "sv";
        };
        return new ReadingDraft(title, authors, year, kind(first(tags, "TY")), source, first(tags, "DO"),
                first(tags, "UR"), language, first(tags, "AB", "N2"), tags.getOrDefault("KW", List.of()), evidence,
                List.of());
    }

    static ReadingKind kind(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "RPRT", "GOVDOC", "STAND" -> ReadingKind.REPORT;
            case "CHAP", "BOOK", "EBOOK", "ECHAP", "EDBOOK" -> ReadingKind.BOOK_CHAPTER;
            case "THES" -> ReadingKind.THESIS;
            case "VIDEO", "MPCT", "SOUND" -> ReadingKind.RECORDED_LECTURE;
            case "SLIDE", "CONF", "CPAPER" -> ReadingKind.PRESENTATION;
            case "ELEC", "WEB", "BLOG" -> ReadingKind.WEB_PAGE;
            default -> ReadingKind.ARTICLE;
        };
    }

    private static String first(Map<String, List<String>> tags, String... names) {
        for (String name : names) {
            List<String> values = tags.get(name);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                return values.get(0);
            }
        }
        return "";
    }
}
