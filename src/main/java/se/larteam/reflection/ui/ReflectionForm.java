package se.larteam.reflection.ui;

import java.util.ArrayList;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.meeting.MeetingId;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionTemplate;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamId;

/**
 * What the author writes. Knows no service: it fires {@link SaveEvent} (with "share" or not); the view marks a
 * refused field with {@link #showProblem}, and everything typed stays.
 */
class ReflectionForm extends Div {

    /** A meeting the reflection may link to: its id and how it is written out. */
    record MeetingChoice(MeetingId id, String label) {
    }

    private final TeamId team;
    private final Select<MeetingChoice> meeting = new Select<>();
    private final TextField theme = new TextField();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Select<ReflectionTemplate> template = new Select<>();
    private final Div answersBox = new Div();
    private final List<TextArea> answers = new ArrayList<>();
    private final Map<String, HasValidation> fields;

    ReflectionForm(TeamId team, List<MeetingChoice> meetings, List<ReflectionTemplate> templates, boolean shared) {
        this.team = team;
        template.setLabel(getTranslation("reflection.field.template"));
        template.setItems(templates);
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("reflection.template.none"));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("reflection.template.none")
                : getTranslation(t.nameKey()));
        template.setVisible(!templates.isEmpty());
        template.addValueChangeListener(e -> showPrompts(e.getValue(), List.of()));
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
        body.setLabel(getTranslation("reflection.field.body"));
        body.setRequiredIndicatorVisible(true);
        body.setMaxLength(ReflectionService.MAX_BODY);
        body.setHelperText(getTranslation("reflection.field.body.helper", ReflectionService.MAX_BODY));
        body.setWidthFull();
        body.setMinHeight("12em");
        visibility.setLabel(getTranslation("reflection.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("reflection.visibility." + v.name().toLowerCase()));
        visibility.setValue(Visibility.PROCESS_LEADERS);
        fields = Map.of("title", title, "body", body, "theme", theme, "meeting", meeting, "visibility", visibility);
        Button draft = new Button(getTranslation(shared ? "reflection.save" : "reflection.save-draft"),
                click -> fireEvent(new SaveEvent(this, draft(), false)));
        HorizontalLayout buttons = new HorizontalLayout(draft);
        if (!shared) {
            Button share = new Button(getTranslation("reflection.share"),
                    click -> fireEvent(new SaveEvent(this, draft(), true)));
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(share);
        } else {
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(title, meeting, theme, template, body, answersBox, visibility, buttons);
    }

    /** One labelled text area per prompt of the template instead of the free body; typed answers are kept. */
    private void showPrompts(ReflectionTemplate chosen, List<String> values) {
        answersBox.removeAll();
        answers.clear();
        body.setVisible(chosen == null);
        if (chosen == null) {
            return;
        }
        List<String> prompts = chosen.prompts();
        for (int i = 0; i < prompts.size(); i++) {
            TextArea answer = new TextArea(getTranslation(chosen.key(prompts.get(i))));
            answer.setWidthFull();
            answer.setValue(i < values.size() ? values.get(i) : "");
            answers.add(answer);
            answersBox.add(answer);
        }
    }

    void setDraft(ReflectionDraft draft) {
        title.setValue(draft.title());
        theme.setValue(draft.theme() == null ? "" : draft.theme());
        body.setValue(draft.body());
        visibility.setValue(draft.visibility());
        meeting.getListDataView().getItems().filter(m -> m.id().equals(draft.meeting())).findFirst()
                .ifPresent(meeting::setValue);
        if (draft.template() != null) {
            template.setVisible(true);
            template.setValue(draft.template());
            showPrompts(draft.template(), draft.answers());
        }
    }

    ReflectionDraft draft() {
        MeetingChoice chosen = meeting.getValue();
        ReflectionTemplate guided = template.getValue();
        if (guided == null) {
            return new ReflectionDraft(team, chosen == null ? null : chosen.id(), theme.getValue(), title.getValue(),
                    body.getValue(), visibility.getValue());
        }
        // The body is the answered prompts under their headings, so it reads well without the template.
        StringBuilder composed = new StringBuilder();
        for (TextArea answer : answers) {
            if (!answer.getValue().isBlank()) {
                composed.append(composed.isEmpty() ? "" : "\n\n").append(answer.getLabel()).append('\n')
                        .append(answer.getValue().strip());
            }
        }
        return new ReflectionDraft(team, chosen == null ? null : chosen.id(), theme.getValue(), title.getValue(),
                composed.toString(), visibility.getValue(), guided, answers.stream().map(TextArea::getValue).toList());
    }

    void showProblem(String field, String message) {
        clearProblems();
        HasValidation target = fields.getOrDefault(field == null ? "" : field, title);
        if (("body".equals(field) || "answers".equals(field)) && !answers.isEmpty()) {
            target = answers.get(0);
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
        answers.forEach(a -> a.setInvalid(false));
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
