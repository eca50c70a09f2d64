package se.larteam.program.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.base.DatePickers;
import se.larteam.program.ProgramDetails;

/**
 * A program's details. Knows no service: it fires {@link SaveEvent}; the view marks refused fields with
 * {@link #showProblem}, keeping everything typed.
 */
class ProgramForm extends Div {

    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker start;
    private final DatePicker end;
    private final Map<String, HasValidation> fields;

    ProgramForm(Locale locale, String saveText) {
        name.setLabel(getTranslation("program.name"));
        name.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("program.organisation"));
        description.setLabel(getTranslation("program.description"));
        start = DatePickers.create(getTranslation("program.start"), locale);
        end = DatePickers.create(getTranslation("program.end"), locale);
        fields = Map.of("name", name, "organisation", organisation, "description", description, "start", start, "end", end);
        Button save = new Button(saveText, click -> fireEvent(new SaveEvent(this, details())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(name, organisation, description, start, end);
        layout.setColspan(description, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(layout, save);
    }

    void setDetails(ProgramDetails details) {
        name.setValue(details.name() == null ? "" : details.name());
        organisation.setValue(details.organisation() == null ? "" : details.organisation());
        description.setValue(details.description() == null ? "" : details.description());
        start.setValue(details.start());
        end.setValue(details.end());
    }

    ProgramDetails details() {
        return new ProgramDetails(name.getValue(), organisation.getValue(), description.getValue(), start.getValue(),
                end.getValue());
    }

    void showProblem(String field, String message) {
        fields.values().forEach(f -> f.setInvalid(false));
        HasValidation target = fields.getOrDefault(field == null ? "" : field, name);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ProgramForm> {
        private final ProgramDetails details;

        SaveEvent(ProgramForm source, ProgramDetails details) {
            super(source, false);
            this.details = details;
        }

        ProgramDetails details() {
            return details;
        }
    }
}
