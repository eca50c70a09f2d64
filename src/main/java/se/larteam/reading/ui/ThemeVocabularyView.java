package se.larteam.reading.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramService;
import se.larteam.program.OrganiserPages;
import se.larteam.reading.ReadingService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * The program's theme vocabulary, kept by its organisers: add, rename (the readings that have the theme follow)
 * and remove (readings keep it as a free tag). Readings offer these themes first, and free tags beside them.
 */
@Route("program/:programId/bibliotek/teman")
@PermitAll
public class ThemeVocabularyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReadingService readings;
    private final ProgramService programs;
    private final UnorderedList list = new UnorderedList();
    private final LiveRefresh live;
    private UserId me;
    private ProgramId program;
    /** The themes drawn now: a live refresh redraws only when they differ, so a rename being typed is kept. */
    private List<String> shown = List.of();

    ThemeVocabularyView(CurrentUser currentUser, ReadingService readings, ProgramService programs,
            LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.readings = readings;
        this.programs = programs;
        // Another organiser's change of the vocabulary comes as reading.themes-changed on the program's topic.
        this.live = new LiveRefresh(liveUpdates, event -> event.kind().equals("reading.themes-changed"));
        live.bind(this, () -> me, () -> program == null ? List.of() : List.of(ProgramLive.topic(program)),
                this::refresh, this::refresh);
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        program = null;
        shown = List.of();
        OrganiserPages.open(this, event, programs, me, summary -> {
            program = summary.id();
            add(new H1(getTranslation("reading.vocabulary.title", summary.name())),
                    InAppLink.to(ProgramLinks.library(program), getTranslation("reading.back")),
                    new Paragraph(getTranslation("reading.vocabulary.help")), list, addForm());
            list.getElement().setAttribute("aria-label", getTranslation("reading.vocabulary.list"));
            showThemes();
        });
        live.refollow();
    }

    /** Live: the themes as they are now, or 'not available' once the viewer may no longer keep them. */
    private void refresh() {
        if (program == null) {
            return;
        }
        try {
            if (!programs.get(me, program).mayManage()) {
                throw new NotPermittedException("No longer an organiser");
            }
            if (!readings.themeVocabulary(me, program).equals(shown)) {
                showThemes();
            }
        } catch (NotPermittedException gone) {
            program = null;
            live.stop();
            removeAll();
            add(new H1(getTranslation("program.not-available.title")),
                    new Paragraph(getTranslation("program.not-available")));
        }
    }

    private void showThemes() {
        list.removeAll();
        List<String> themes = readings.themeVocabulary(me, program);
        shown = themes;
        for (String theme : themes) {
            TextField name = new TextField(getTranslation("reading.vocabulary.theme"));
            name.setValue(theme);
            name.setMaxLength(60);
            Button rename = new Button(getTranslation("reading.vocabulary.rename"), click -> change(name,
                    () -> readings.renameTheme(me, program, theme, name.getValue()),
                    getTranslation("reading.vocabulary.renamed", theme, name.getValue().strip())));
            rename.setAriaLabel(getTranslation("reading.vocabulary.rename-one", theme));
            Button remove = new Button(getTranslation("reading.vocabulary.remove"), click -> change(name,
                    () -> readings.removeTheme(me, program, theme), getTranslation("reading.vocabulary.removed", theme)));
            remove.setAriaLabel(getTranslation("reading.vocabulary.remove-one", theme));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(name, rename, remove);
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
            list.add(new ListItem(row));
        }
    }

    private Div addForm() {
        TextField theme = new TextField(getTranslation("reading.vocabulary.new"));
        theme.setMaxLength(60);
        Button add = new Button(getTranslation("reading.vocabulary.add"), click -> change(theme,
                () -> readings.addTheme(me, program, theme.getValue()),
                getTranslation("reading.vocabulary.added", theme.getValue().strip())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(theme);
        Div form = new Div(theme, add);
        form.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        return form;
    }

    /** Runs the change; a problem shows on the field, keeping what was typed. */
    private void change(TextField field, Runnable action, String done) {
        try {
            action.run();
            field.setInvalid(false);
            // A renamed or removed theme's row is drawn afresh; the new-theme field is ready for the next one.
            field.clear();
            showThemes();
            Notification.show(done, 4_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reading.vocabulary.page-title") + " – " + getTranslation("app.name");
    }
}
