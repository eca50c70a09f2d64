package se.larteam.reading;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

import se.larteam.base.InvalidInputException;

/**
 * Reads BibTeX with jbibtex: each entry's fields into a draft, LaTeX accents and braces turned into plain text
 * ({@code {\"O}berg} becomes Öberg). Unknown string macros (such as an undefined month) are left empty rather than
 * failing the file; a file jbibtex cannot parse at all is refused as a whole.
 */
final class BibTeXFile {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private BibTeXFile() {
    }

    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*@\\w+\\s*\\{");
    private static final Pattern RIS_START = Pattern.compile("(?m)^\\s*TY\\s{0,2}-");

    /** BibTeX when it has an {@code @type&#123;} line and no RIS {@code TY  -} line. */
    static boolean looksLikeBibTeX(String text) {
        return ENTRY.matcher(text).find() && !RIS_START.matcher(text).find();
    }

    static List<ParsedEntry> read(String text, Evidence evidence) {
        BibTeXDatabase database;
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // An undefined macro (e.g. a month abbreviation) reads as empty.
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // A missing cross-reference leaves the entry's own fields.
                }
            };
            database = parser.parse(new StringReader(text));
        } catch (Exception | Error unreadable) {
            // jbibtex signals broken input with ParseException and TokenMgrException (an Error).
            throw new InvalidInputException("file", "reading.import.broken-bibtex");
        }
        List<ParsedEntry> entries = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> e : database.getEntries().entrySet()) {
            entries.add(new ParsedEntry(lineOf(text, e.getKey().getValue()), draft(e.getValue(), evidence), null));
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException("file", "reading.import.not-ris");
        }
        return entries;
    }

    private static ReadingDraft draft(BibTeXEntry entry, Evidence evidence) {
        List<String> authors = Arrays.stream(field(entry, "author").split("\\s+and\\s+")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        Integer year = null;
        Matcher y = YEAR.matcher(field(entry, "year"));
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        String source = first(entry, "journal", "booktitle", "school", "institution", "publisher", "howpublished");
        List<String> keywords = Arrays.stream(field(entry, "keywords").split("[,;]")).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        String language = switch (field(entry, "language").toLowerCase(Locale.ROOT)) {
            case "en", "english", "engelska" -> "en";
            case "no", "norwegian", "norsk", "norska" -> "no";
            default -> "sv";
        };
        return new ReadingDraft(field(entry, "title"), authors, year, kind(entry.getType().getValue()), source,
                field(entry, "doi"), field(entry, "url"), language, field(entry, "abstract"), keywords, evidence,
                List.of());
    }

    private static ReadingKind kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "techreport", "report" -> ReadingKind.REPORT;
            case "book", "inbook", "incollection" -> ReadingKind.BOOK_CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> ReadingKind.THESIS;
            case "online", "electronic", "www" -> ReadingKind.WEB_PAGE;
            case "video" -> ReadingKind.RECORDED_LECTURE;
            case "presentation", "slides" -> ReadingKind.PRESENTATION;
            default -> ReadingKind.ARTICLE;
        };
    }

    private static String first(BibTeXEntry entry, String... names) {
        for (String name : names) {
            String value = field(entry, name);
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return "";
        }
        String latex = value.toUserString();
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).strip().replaceAll("\\s+", " ");
        } catch (Exception | Error notLatex) {
            return latex.replace("{", "").replace("}", "").strip().replaceAll("\\s+", " ");
        }
    }

    private static int lineOf(String text, String key) {
        Matcher m = Pattern.compile("@\\w+\\s*\\{\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
