package se.larteam.reading.ui;

import com.vaadin.flow.component.html.Span;

import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;

/** Small things the library's pages share. */
final class ReadingPages {

    private ReadingPages() {
    }

    /** Where a reading is added; {@code teamId} pre-selects the team (may be null). */
    static String newReading(ProgramId program, String teamId) {
        return ProgramLinks.library(program) + "/ny" + (teamId == null ? "" : "?lag=" + teamId);
    }

    /** A Lumo badge; {@code theme} as Lumo names it ("success", "contrast"), or empty. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
        return badge;
    }
}
