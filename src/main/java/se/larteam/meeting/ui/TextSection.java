package se.larteam.meeting.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * A titled multi-line text with its own save button: the notes, the decisions. A live refresh replaces the text
 * only while the user has not changed it, so nothing typed is lost.
 */
class TextSection extends Section {

    private final TextArea text = new TextArea();
    private final Button save;
    private final String helper;
    private String loaded = "";
    private boolean changedElsewhere;

    TextSection(String title, String label, String saveText, String helper) {
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(4);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        this.helper = helper;
        text.setHelperText(helper);
        save = new Button(saveText, click -> fireEvent(new SaveEvent(this, text.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(title), text, save);
    }

    void update(String stored) {
        String value = stored == null ? "" : stored;
        if (text.getValue().equals(loaded)) {
            text.setValue(value);
            changedElsewhere = false;
        } else if (!value.equals(loaded)) {
            // Someone else saved while this person was typing: keep their text, tell them.
            changedElsewhere = true;
            text.setHelperText(getTranslation("meeting.changed-elsewhere"));
        }
        loaded = value;
    }

    void saved(String stored) {
        loaded = stored;
        text.setValue(stored);
        if (changedElsewhere) {
            text.setHelperText(helper);
            changedElsewhere = false;
        }
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    void showProblem(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    void clearProblem() {
        text.setInvalid(false);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<TextSection> {
        private final String text;

        SaveEvent(TextSection source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
