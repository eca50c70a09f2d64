package se.larteam.reflection.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.meeting.MeetingId;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.TemplateChoice;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamId;

/**
 * What the author writes around the body: title, meeting or theme, guided template and visibility. The body itself
 * is the co-edited document under the form ({@link ReflectionEditorView}). The template is chosen only for a new
 * reflection: its prompts are put into the document once. Knows no service: it fires {@link SaveEvent} (with
 * "share" or not); the view marks a refused field with {@link #showProblem}, and everything typed stays.
 */
class ReflectionForm extends Div {

    /** A meeting the reflection may link to: its id and how it is written out. */
    record MeetingChoice(MeetingId id, String label) {
    }

    private final TeamId team;
    private final Select<MeetingChoice> meeting = new Select<>();
    private final TextField theme = new TextField();
    private final TextField title = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Select<TemplateChoice> template = new Select<>();
    private final Map<String, HasValidation> fields;
    private Button share;

    /**
     * {@code templates}: what a new reflection may start from (empty for an existing one); {@code existing}: the
     * reflection exists already (then {@code shared} says whether it is shared).
     */
    ReflectionForm(TeamId team, List<MeetingChoice> meetings, List<TemplateChoice> templates, boolean existing,
            boolean shared) {
        this.team = team;
        template.setLabel(getTranslation("reflection.field.template"));
        template.setItems(templates);
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("reflection.template.none"));
        template.setItemLabelGenerator(this::templateName);
        template.setVisible(!templates.isEmpty());
        template.setHelperText(getTranslation("reflection.field.template.helper"));
        title.setLabel(getTranslation("reflection.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(ReflectionService.MAX_TITLE);
        title.setWidthFull();
        meeting.setLabel(getTranslation("reflection.field.meeting"));
        meeting.setItems(meetings);
        meeting.setEmptySelectionAllowed(true);
        meeting.setEmptySelectionCaption(getTranslation("reflection.field.no-meeting"));
        meeting.setItemLabelGenerator(m -> m == null ? getTranslation("reflection.field.no-meeting") : m.label());
        theme.setLabel(getTranslation("reflection.field.theme"));
        theme.setMaxLength(ReflectionService.MAX_THEME);
        visibility.setLabel(getTranslation("reflection.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("reflection.visibility." + v.name().toLowerCase()));
        visibility.setValue(Visibility.PROCESS_LEADERS);
        fields = Map.of("title", title, "theme", theme, "meeting", meeting, "visibility", visibility,
                "template", template);
        Button draft = new Button(getTranslation(existing && shared ? "reflection.save" : existing
                ? "reflection.save-draft" : "reflection.start"), click -> fireEvent(new SaveEvent(this, draft(), false)));
        HorizontalLayout buttons = new HorizontalLayout(draft);
        if (existing && !shared) {
            share = new Button(getTranslation("reflection.share"),
                    click -> fireEvent(new SaveEvent(this, draft(), true)));
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(share);
        } else {
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(title, meeting, theme, template, visibility, buttons);
    }

    /** Runs this script in the browser when "Dela" is clicked, before the click reaches the server. */
    void beforeShareInBrowser(String script) {
        if (share != null) {
            share.getElement().executeJs("this.addEventListener('click', () => { " + script + " }, true)");
        }
    }

    private String templateName(TemplateChoice choice) {
        if (choice == null) {
            return getTranslation("reflection.template.none");
        }
        return choice.builtIn() != null ? getTranslation(choice.builtIn().nameKey()) : choice.name();
    }

    void setDraft(ReflectionDraft draft) {
        title.setValue(draft.title());
        theme.setValue(draft.theme() == null ? "" : draft.theme());
        visibility.setValue(draft.visibility());
        meeting.getListDataView().getItems().filter(m -> m.id().equals(draft.meeting())).findFirst()
                .ifPresent(meeting::setValue);
    }

    ReflectionDraft draft() {
        MeetingChoice chosen = meeting.getValue();
        return ReflectionDraft.of(team, chosen == null ? null : chosen.id(), theme.getValue(), title.getValue(),
                visibility.getValue(), template.getValue());
    }

    /** Marks the field named; false when the form has no such field (the view shows the message elsewhere). */
    boolean showProblem(String field, String message) {
        clearProblems();
        HasValidation target = fields.get(field == null ? "" : field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ReflectionForm> {
        private final ReflectionDraft draft;
        private final boolean share;

        SaveEvent(ReflectionForm source, ReflectionDraft draft, boolean share) {
            super(source, false);
            this.draft = draft;
            this.share = share;
        }

        ReflectionDraft draft() {
            return draft;
        }

        boolean share() {
            return share;
        }
    }
}
