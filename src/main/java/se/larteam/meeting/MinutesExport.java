package se.larteam.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import se.larteam.base.Translations;

/**
 * Minutes as Markdown and as PDF, from what {@link MeetingService#details} lets the reader see. The PDF is rendered
 * from HTML that this class builds with every stored text escaped, with an embedded font (Liberation Sans, shipped
 * in PDFBox's jar, so Å, Ä and Ö come out right on any server) and with every external resource refused: the
 * renderer loads no URL, remote or {@code file:}, whatever the stored text says.
 */
@Component
class MinutesExport {

    private static final String FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FAMILY = "Larteam Sans";
    private static final List<String> REFUSED_PROTOCOLS = List.of("http", "https", "file", "jar", "ftp", "data",
            "classpath", "mailto");

    private final Translations translations;

    MinutesExport(Translations translations) {
        this.translations = translations;
    }

    String markdown(MeetingDetails meeting, Locale locale) {
        Texts t = new Texts(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.title(meeting)).append("\n\n")
                .append(meeting.teamName()).append(" · ").append(t.when(meeting.summary())).append("\n\n")
                .append(t.get("meeting.export.state")).append(": ")
                .append(t.get("meeting.state." + meeting.summary().state().name().toLowerCase())).append("\n\n");
        md.append("## ").append(t.get("meeting.attendance.title")).append("\n\n");
        meeting.attendance().forEach(row -> md.append("- ").append(row.name()).append(": ")
                .append(t.attendance(row.attendance())).append('\n'));
        if (!meeting.contentVisible()) {
            md.append('\n').append(t.get("meeting.export.closed")).append('\n');
            return md.toString();
        }
        md.append("\n## ").append(t.get("meeting.agenda.title")).append("\n\n");
        for (int i = 0; i < meeting.agenda().size(); i++) {
            md.append(i + 1).append(". ").append(meeting.agenda().get(i).text()).append('\n');
        }
        md.append("\n## ").append(t.get("meeting.follow-ups.title")).append("\n\n");
        meeting.followUps().forEach(f -> md.append("- ").append(f.text()).append(" (").append(f.ownerName())
                .append("): ").append(t.status(f.status())).append(f.comment().isBlank() ? "" : " – " + f.comment())
                .append('\n'));
        md.append("\n## ").append(t.get("meeting.notes.title")).append("\n\n").append(meeting.notes()).append("\n\n");
        md.append("## ").append(t.get("meeting.decisions.title")).append("\n\n").append(meeting.decisions())
                .append("\n\n");
        md.append("## ").append(t.get("meeting.actions.title")).append("\n\n");
        meeting.actions().forEach(a -> md.append("- ")
                .append(t.get("meeting.actions.line", a.text(), a.ownerName(), a.due().toString())).append('\n'));
        return md.toString();
    }

    byte[] pdf(MeetingDetails meeting, Locale locale) {
        Texts t = new Texts(locale);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(t.title(meeting)))
                .append("</title><style>body{font-family:'").append(FAMILY).append("';font-size:11pt;}")
                .append("h1{font-size:18pt;}h2{font-size:13pt;margin-top:14pt;}")
                .append(".text{white-space:pre-wrap;}.muted{color:#555;}</style></head><body>");
        html.append("<h1>").append(escape(t.title(meeting))).append("</h1><p class=\"muted\">")
                .append(escape(meeting.teamName() + " · " + t.when(meeting.summary()))).append("<br/>")
                .append(escape(t.get("meeting.export.state") + ": "
                        + t.get("meeting.state." + meeting.summary().state().name().toLowerCase())))
                .append("</p>");
        section(html, t.get("meeting.attendance.title"), meeting.attendance().stream()
                .map(row -> row.name() + ": " + t.attendance(row.attendance())).toList(), false);
        if (!meeting.contentVisible()) {
            html.append("<p>").append(escape(t.get("meeting.export.closed"))).append("</p>");
        } else {
            section(html, t.get("meeting.agenda.title"), meeting.agenda().stream().map(AgendaItem::text).toList(), true);
            section(html, t.get("meeting.follow-ups.title"), meeting.followUps().stream()
                    .map(f -> f.text() + " (" + f.ownerName() + "): " + t.status(f.status())
                            + (f.comment().isBlank() ? "" : " – " + f.comment()))
                    .toList(), false);
            text(html, t.get("meeting.notes.title"), meeting.notes());
            text(html, t.get("meeting.decisions.title"), meeting.decisions());
            section(html, t.get("meeting.actions.title"), meeting.actions().stream()
                    .map(a -> t.get("meeting.actions.line", a.text(), a.ownerName(), a.due().toString())).toList(),
                    false);
        }
        html.append("</body></html>");
        return render(html.toString());
    }

    static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> fontStream(), FAMILY);
            // No base URI, every external resource refused before and after resolving, and no stream for any
            // protocol: a link or an image in stored text can never make the server fetch anything.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUriResolver((base, uri) -> null);
            builder.useProtocolsStreamImplementation(NOTHING, REFUSED_PROTOCOLS.toArray(String[]::new));
            builder.useHttpStreamImplementation(NOTHING);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream fontStream() {
        InputStream font = MinutesExport.class.getClassLoader().getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is missing from the class path");
        }
        return font;
    }

    /** Never opens anything; the access control above means it is never even asked. */
    private static final FSStreamFactory NOTHING = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    };

    private static void section(StringBuilder html, String title, List<String> lines, boolean ordered) {
        html.append("<h2>").append(escape(title)).append("</h2>");
        if (lines.isEmpty()) {
            html.append("<p>–</p>");
            return;
        }
        String list = ordered ? "ol" : "ul";
        html.append('<').append(list).append('>');
        lines.forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
        html.append("</").append(list).append('>');
    }

    private static void text(StringBuilder html, String title, String text) {
        html.append("<h2>").append(escape(title)).append("</h2><div class=\"text\">")
                .append(escape(text.isBlank() ? "–" : text)).append("</div>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than fail the export.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return translations.getTranslation(key, locale, arguments);
        }

        String title(MeetingDetails meeting) {
            return get("meeting.title", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(meeting.summary().date()));
        }

        String when(MeetingSummary summary) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
            String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(summary.date())
                    + ", " + time.format(summary.start()) + "–" + time.format(summary.end());
            return summary.place().isBlank() ? when : when + " · " + summary.place();
        }

        String attendance(Attendance attendance) {
            return attendance == null ? "–" : get("meeting.attendance." + attendance.name().toLowerCase());
        }

        String status(FollowUpStatus status) {
            return status == null ? get("meeting.export.not-followed-up")
                    : get("meeting.follow-up." + status.name().toLowerCase());
        }
    }
}
