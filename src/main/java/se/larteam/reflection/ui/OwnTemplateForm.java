package se.larteam.reflection.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.reflection.ProgramTemplate;
import se.larteam.reflection.ReflectionService;

/**
 * A template of the program's own as typed: its name and its prompts, one per line. Adds a new one, or edits
 * {@code editing}; a refused field shows the service's message and keeps what was typed.
 */
class OwnTemplateForm extends Div {

    private final TextField name = new TextField();
    private final TextArea prompts = new TextArea();
    private final ProgramTemplate editing;

    OwnTemplateForm(ProgramTemplate editing) {
        this.editing = editing;
        name.setLabel(getTranslation("reflection.own-template.name"));
        name.setMaxLength(ReflectionService.MAX_TEMPLATE_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        prompts.setLabel(getTranslation("reflection.own-template.prompts"));
        prompts.setHelperText(getTranslation("reflection.own-template.prompts.help"));
        prompts.setRequiredIndicatorVisible(true);
        prompts.setWidthFull();
        if (editing != null) {
            name.setValue(editing.name());
            prompts.setValue(String.join("\n", editing.prompts()));
        }
        Button save = new Button(getTranslation(editing == null ? "reflection.own-template.add"
                : "reflection.own-template.save"), click -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (editing != null) {
            buttons.add(new Button(getTranslation("reflection.own-template.cancel"),
                    click -> fireEvent(new CancelEvent(this))));
        }
        add(name, prompts, buttons);
    }

    ProgramTemplate editing() {
        return editing;
    }

    String name() {
        return name.getValue();
    }

    List<String> prompts() {
        return Arrays.asList(prompts.getValue().split("\\R"));
    }

    /** Shows the message on the field the service named ("name" or "prompts"). */
    void showProblem(String field, String message) {
        name.setInvalid(false);
        prompts.setInvalid(false);
        if ("prompts".equals(field)) {
            prompts.setErrorMessage(message);
            prompts.setInvalid(true);
        } else {
            name.setErrorMessage(message);
            name.setInvalid(true);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<OwnTemplateForm> {
        SaveEvent(OwnTemplateForm source) {
            super(source, false);
        }
    }

    static final class CancelEvent extends ComponentEvent<OwnTemplateForm> {
        CancelEvent(OwnTemplateForm source) {
            super(source, false);
        }
    }
}
