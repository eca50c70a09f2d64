package se.larteam.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * Writes readings as BibTeX, RIS or an APA 7 reference list. BibTeX and RIS are written so that
 * {@link BibTeXFile} and {@link RisFile} read back the same title, authors, year, kind, source, DOI, URL, language,
 * summary and themes (UTF-8 throughout: Å, Ä and Ö stay letters, not LaTeX accents). The APA list comes from
 * citeproc-java, a CSL processor in plain Java (no JavaScript engine), with the APA style and the locale read from
 * the classpath (the {@code org.citationstyles} artifacts): nothing is fetched from the network.
 */
final class ReadingExport {

    private ReadingExport() {
    }

    static String bibtex(List<Reading> readings) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Reading r : readings) {
            out.append('@').append(bibtexType(r.kind())).append('{').append(key(r, keys)).append(",\n");
            // Double braces keep the title's capitals as written.
            field(out, "title", "{" + latex(r.title()) + "}");
            if (!r.authors().isEmpty()) {
                field(out, "author", String.join(" and ", r.authors().stream().map(ReadingExport::latex).toList()));
            }
            if (r.year() != null) {
                field(out, "year", r.year().toString());
            }
            if (!blank(r.source())) {
                field(out, bibtexSourceField(r.kind()), latex(r.source()));
            }
            if (!blank(r.doi())) {
                field(out, "doi", latex(r.doi()));
            }
            if (!blank(r.url())) {
                field(out, "url", latex(r.url()));
            }
            field(out, "language", switch (language(r)) {
                case "en" -> "english";
                case "no" -> "norwegian";
                default -> "swedish";
            });
            if (!blank(r.summary())) {
                field(out, "abstract", latex(oneLine(r.summary())));
            }
            if (!r.themes().isEmpty()) {
                field(out, "keywords", String.join(", ", r.themes().stream().map(ReadingExport::latex).toList()));
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    static String ris(List<Reading> readings) {
        StringBuilder out = new StringBuilder();
        for (Reading r : readings) {
            tag(out, "TY", risType(r.kind()));
            tag(out, "TI", r.title());
            r.authors().forEach(a -> tag(out, "AU", a));
            if (r.year() != null) {
                tag(out, "PY", r.year().toString());
            }
            if (!blank(r.source())) {
                tag(out, switch (r.kind()) {
                    case ARTICLE -> "JO";
                    case BOOK_CHAPTER -> "T2";
                    default -> "PB";
                }, r.source());
            }
            if (!blank(r.doi())) {
                tag(out, "DO", r.doi());
            }
            if (!blank(r.url())) {
                tag(out, "UR", r.url());
            }
            tag(out, "LA", language(r));
            if (!blank(r.summary())) {
                tag(out, "AB", r.summary());
            }
            r.themes().forEach(t -> tag(out, "KW", t));
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    /** The APA 7 reference list, one reference per line in APA's order, in this language (Swedish or English). */
    static String apa(List<Reading> readings, Locale language) {
        List<CSLItemData> items = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            items.add(item("r" + i, readings.get(i)));
        }
        String locale = language != null && language.getLanguage().equals("en") ? "en-US" : "sv-SE";
        try {
            CSL processor = new CSL(new ListItemDataProvider(items), "apa", locale);
            processor.setOutputFormat("text");
            processor.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            StringBuilder out = new StringBuilder();
            for (String entry : processor.makeBibliography().getEntries()) {
                out.append(entry.strip()).append("\n");
            }
            return out.toString();
        } catch (IOException style) {
            throw new UncheckedIOException("The APA style or its locale is missing from the classpath", style);
        }
    }

    private static CSLItemData item(String id, Reading r) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(cslType(r.kind())).title(r.title())
                .language(language(r));
        if (!r.authors().isEmpty()) {
            item.author(r.authors().stream().map(ReadingExport::name).toArray(CSLName[]::new));
        }
        if (r.year() != null) {
            item.issued(r.year());
        }
        if (!blank(r.source())) {
            switch (r.kind()) {
                case ARTICLE, BOOK_CHAPTER, WEB_PAGE -> item.containerTitle(r.source());
                default -> item.publisher(r.source());
            }
        }
        if (!blank(r.doi())) {
            item.DOI(r.doi());
        } else if (!blank(r.url())) {
            item.URL(r.url());
        }
        return item.build();
    }

    /** "Family, Given" or "Given Family"; a single word (an organisation such as Skolverket) is kept whole. */
    static CSLName name(String author) {
        String name = author.strip();
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new CSLNameBuilder().family(name.substring(0, comma).strip())
                    .given(name.substring(comma + 1).strip()).build();
        }
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            return new CSLNameBuilder().family(name.substring(space + 1)).given(name.substring(0, space).strip()).build();
        }
        return new CSLNameBuilder().literal(name).build();
    }

    private static CSLType cslType(ReadingKind kind) {
        return switch (kind) {
            case ARTICLE -> CSLType.ARTICLE_JOURNAL;
            case REPORT -> CSLType.REPORT;
            case BOOK_CHAPTER -> CSLType.CHAPTER;
            case THESIS -> CSLType.THESIS;
            case RECORDED_LECTURE -> CSLType.MOTION_PICTURE;
            case PRESENTATION -> CSLType.SPEECH;
            case WEB_PAGE -> CSLType.WEBPAGE;
        };
    }

    /** The types {@link BibTeXFile} maps back to the same kind. */
    private static String bibtexType(ReadingKind kind) {
        return switch (kind) {
            case ARTICLE -> "article";
            case REPORT -> "techreport";
            case BOOK_CHAPTER -> "incollection";
            case THESIS -> "phdthesis";
            case RECORDED_LECTURE -> "video";
            case PRESENTATION -> "presentation";
            case WEB_PAGE -> "online";
        };
    }

    private static String bibtexSourceField(ReadingKind kind) {
        return switch (kind) {
            case ARTICLE -> "journal";
            case BOOK_CHAPTER -> "booktitle";
            case THESIS -> "school";
            case REPORT -> "institution";
            default -> "howpublished";
        };
    }

    /** The types {@link RisFile#kind} maps back to the same kind. */
    private static String risType(ReadingKind kind) {
        return switch (kind) {
            case ARTICLE -> "JOUR";
            case REPORT -> "RPRT";
            case BOOK_CHAPTER -> "CHAP";
            case THESIS -> "THES";
            case RECORDED_LECTURE -> "VIDEO";
            case PRESENTATION -> "SLIDE";
            case WEB_PAGE -> "ELEC";
        };
    }

    /** A key from the first author's family name and the year, in ASCII (Öberg → oberg2019), made unique. */
    private static String key(Reading r, Set<String> taken) {
        String author = r.authors().isEmpty() ? r.title() : r.authors().get(0);
        String family = author.contains(",") ? author.substring(0, author.indexOf(','))
                : author.substring(author.strip().lastIndexOf(' ') + 1);
        String ascii = Normalizer.normalize(family, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String base = (ascii.isEmpty() ? "lasning" : ascii) + (r.year() == null ? "" : r.year());
        String key = base;
        for (char suffix = 'a'; !taken.add(key); suffix++) {
            key = base + suffix;
        }
        return key;
    }

    /** LaTeX's special characters escaped, so a title with {@code &} or braces cannot break the entry. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** One tag per line: line breaks inside a value would end it early (or start a forged tag). */
    private static void tag(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String language(Reading r) {
        return blank(r.language()) ? "sv" : r.language();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
