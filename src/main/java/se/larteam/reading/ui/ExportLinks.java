package se.larteam.reading.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.reading.ExportFile;
import se.larteam.reading.ExportFormat;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingService;
import se.larteam.user.UserId;

/**
 * Download links for BibTeX, RIS and an APA 7 reference list of some readings: the selection is read, and checked
 * by the service, when the link is followed, so a link kept open never exports more than its holder may see now.
 * Plain links rather than a menu of buttons: a download must start from the click itself, and links are
 * keyboard-usable as they are.
 */
class ExportLinks extends Div {

    private final ReadingService readings;
    private final UserId me;
    private final Supplier<List<ReadingId>> selection;
    private final Locale language;
    private final Span label = new Span();
    private final List<Anchor> links;

    ExportLinks(ReadingService readings, UserId me, Supplier<List<ReadingId>> selection, Locale language) {
        this.readings = readings;
        this.me = me;
        this.selection = selection;
        this.language = language;
        links = List.of(link(ExportFormat.BIBTEX), link(ExportFormat.RIS), link(ExportFormat.APA));
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("reading.export"));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        add(label);
        links.forEach(this::add);
    }

    /** Shows how many are chosen, and turns the links off when none are. */
    void selectionChanged(int count, String labelText) {
        label.setText(labelText);
        links.forEach(link -> link.setEnabled(count > 0));
    }

    private Anchor link(ExportFormat format) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ExportFile file = export(format);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                        file.contentType(), file.bytes().length);
            } catch (NotPermittedException gone) {
                return DownloadResponse.error(403);
            } catch (InvalidInputException nothingChosen) {
                return DownloadResponse.error(400);
            }
        }), getTranslation("reading.export." + format.name().toLowerCase(Locale.ROOT)));
        anchor.getElement().setAttribute("title", getTranslation("reading.export." + format.name().toLowerCase(Locale.ROOT)
                + ".help"));
        return anchor;
    }

    /** What the link for this format downloads now. */
    ExportFile export(ExportFormat format) {
        return readings.export(me, selection.get(), format, language);
    }
}
