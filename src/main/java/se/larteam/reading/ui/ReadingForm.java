package se.larteam.reading.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingKind;

/**
 * What is written about a reading. Knows no service: it fires {@link SaveEvent} with the draft as typed; the view
 * marks a refused field with {@link #showProblem} and everything typed stays. Authors are separated by semicolons
 * (names are often written "Timperley, H."), discussion questions one per line.
 */
class ReadingForm extends Div {

    private final TextField title = new TextField();
    private final TextField authors = new TextField();
    private final IntegerField year = new IntegerField();
    private final Select<ReadingKind> kind = new Select<>();
    private final RadioButtonGroup<Evidence> evidence = new RadioButtonGroup<>();
    private final TextField source = new TextField();
    private final TextField doi = new TextField();
    private final TextField url = new TextField();
    private final Select<String> language = new Select<>();
    private final TextArea summary = new TextArea();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final TextArea questions = new TextArea();
    private final Map<String, HasValidation> fields;
    private final Set<String> themeChoices = new LinkedHashSet<>();

    ReadingForm(Collection<String> vocabulary, String saveText) {
        title.setLabel(getTranslation("reading.field.title"));
        title.setRequiredIndicatorVisible(true);
        authors.setLabel(getTranslation("reading.field.authors"));
        authors.setHelperText(getTranslation("reading.field.authors.help"));
        year.setLabel(getTranslation("reading.field.year"));
        kind.setLabel(getTranslation("reading.field.kind"));
        kind.setItems(ReadingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reading.kind." + k.name().toLowerCase()));
        kind.setValue(ReadingKind.ARTICLE);
        evidence.setLabel(getTranslation("reading.field.evidence"));
        evidence.setItems(Evidence.values());
        evidence.setItemLabelGenerator(e -> getTranslation("reading.evidence." + e.name().toLowerCase()));
        evidence.setRequiredIndicatorVisible(true);
        source.setLabel(getTranslation("reading.field.source"));
        doi.setLabel(getTranslation("reading.field.doi"));
        doi.setHelperText(getTranslation("reading.field.doi.help"));
        url.setLabel(getTranslation("reading.field.url"));
        url.setHelperText(getTranslation("reading.field.url.help"));
        language.setLabel(getTranslation("reading.field.language"));
        language.setItems("sv", "en", "no");
        language.setItemLabelGenerator(l -> getTranslation("reading.language." + l));
        language.setValue("sv");
        summary.setLabel(getTranslation("reading.field.summary"));
        summary.setHelperText(getTranslation("reading.field.summary.help"));
        themes.setLabel(getTranslation("reading.field.themes"));
        themes.setHelperText(getTranslation("reading.field.themes.help"));
        themes.setAllowCustomValue(true);
        themeChoices.addAll(vocabulary);
        themes.setItems(themeChoices);
        themes.addCustomValueSetListener(custom -> {
            String tag = custom.getDetail() == null ? "" : custom.getDetail().strip();
            if (!tag.isEmpty()) {
                addThemeChoices(List.of(tag));
                Set<String> selected = new LinkedHashSet<>(themes.getValue());
                selected.add(tag);
                themes.setValue(selected);
            }
        });
        questions.setLabel(getTranslation("reading.field.questions"));
        questions.setHelperText(getTranslation("reading.field.questions.help"));
        fields = Map.ofEntries(Map.entry("title", title), Map.entry("authors", authors), Map.entry("year", year),
                Map.entry("kind", kind), Map.entry("evidence", evidence), Map.entry("source", source),
                Map.entry("doi", doi), Map.entry("url", url), Map.entry("language", language),
                Map.entry("summary", summary), Map.entry("themes", themes), Map.entry("discussionQuestions", questions));
        Button save = new Button(saveText, click -> fireEvent(new SaveEvent(this, draft())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(title, authors, year, kind, evidence, language, source, doi, url, themes,
                summary, questions);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(title, 2);
        layout.setColspan(authors, 2);
        layout.setColspan(themes, 2);
        layout.setColspan(summary, 2);
        layout.setColspan(questions, 2);
        add(layout, save);
    }

    void setDraft(ReadingDraft draft) {
        title.setValue(nullToEmpty(draft.title()));
        authors.setValue(String.join("; ", draft.authors() == null ? List.of() : draft.authors()));
        year.setValue(draft.year());
        kind.setValue(draft.kind());
        evidence.setValue(draft.evidence());
        source.setValue(nullToEmpty(draft.source()));
        doi.setValue(nullToEmpty(draft.doi()));
        url.setValue(nullToEmpty(draft.url()));
        language.setValue(draft.language() == null || draft.language().isBlank() ? "sv" : draft.language());
        summary.setValue(nullToEmpty(draft.summary()));
        List<String> chosen = draft.themes() == null ? List.of() : draft.themes();
        addThemeChoices(chosen);
        themes.setValue(new LinkedHashSet<>(chosen));
        questions.setValue(String.join("\n", draft.discussionQuestions() == null ? List.of() : draft.discussionQuestions()));
    }

    ReadingDraft draft() {
        List<String> authorList = Arrays.stream(authors.getValue().split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> questionList = questions.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReadingDraft(title.getValue(), authorList, year.getValue(), kind.getValue(), source.getValue(),
                doi.getValue(), url.getValue(), language.getValue(), summary.getValue(), List.copyOf(themes.getValue()),
                evidence.getValue(), questionList);
    }

    void showProblem(String field, String message) {
        clearProblems();
        HasValidation target = fields.getOrDefault(field == null ? "" : field, title);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void addThemeChoices(Collection<String> more) {
        if (themeChoices.addAll(more)) {
            Set<String> selected = themes.getValue();
            themes.setItems(List.copyOf(themeChoices));
            themes.setValue(selected);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ReadingForm> {
        private final ReadingDraft draft;

        SaveEvent(ReadingForm source, ReadingDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ReadingDraft draft() {
            return draft;
        }
    }
}
