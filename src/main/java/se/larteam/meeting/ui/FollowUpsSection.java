package se.larteam.meeting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.meeting.FollowUp;
import se.larteam.meeting.FollowUpStatus;

/**
 * Last meeting's actions, each with how it went and a short comment, saved one by one. A live refresh updates a
 * row only while the user has not changed it.
 */
class FollowUpsSection extends Section {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final boolean readOnly;

    FollowUpsSection(List<FollowUp> followUps, Locale locale, boolean readOnly) {
        this.readOnly = readOnly;
        add(new H2(getTranslation("meeting.follow-ups.title")));
        if (followUps.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.follow-ups.none")));
        }
        for (FollowUp followUp : followUps) {
            Row row = new Row(followUp, locale);
            rows.put(followUp.actionId(), row);
            add(row);
        }
    }

    boolean fits(List<FollowUp> followUps, boolean readOnly) {
        return this.readOnly == readOnly && followUps.size() == rows.size()
                && followUps.stream().allMatch(f -> rows.containsKey(f.actionId()));
    }

    void update(List<FollowUp> followUps) {
        followUps.forEach(f -> rows.get(f.actionId()).update(f));
    }

    void showProblem(String actionId, String message) {
        Row row = rows.get(actionId);
        if (row != null) {
            row.comment.setErrorMessage(message);
            row.comment.setInvalid(true);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private final class Row extends Div {
        private final RadioButtonGroup<FollowUpStatus> status = new RadioButtonGroup<>();
        private final TextField comment = new TextField();
        private FollowUp loaded;

        Row(FollowUp followUp, Locale locale) {
            addClassName("larteam-card");
            add(new Paragraph(getTranslation("meeting.follow-ups.line", followUp.text(), followUp.ownerName(),
                    Formats.date(followUp.fromDate(), locale))));
            status.setLabel(getTranslation("meeting.follow-ups.status", followUp.text()));
            status.setItems(FollowUpStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("meeting.follow-up." + s.name().toLowerCase()));
            comment.setLabel(getTranslation("meeting.follow-ups.comment", followUp.text()));
            comment.setWidthFull();
            status.setReadOnly(readOnly);
            comment.setReadOnly(readOnly);
            add(status, comment);
            if (!readOnly) {
                Button save = new Button(getTranslation("meeting.follow-ups.save"), click -> {
                    comment.setInvalid(false);
                    // The section's own fireEvent: the page listens on the section, not on this row.
                    FollowUpsSection.this.fireEvent(new SaveEvent(FollowUpsSection.this, followUp.actionId(),
                            status.getValue(), comment.getValue()));
                });
                save.setAriaLabel(getTranslation("meeting.follow-ups.save-one", followUp.text()));
                add(save);
            }
            loaded = followUp;
            status.setValue(followUp.status());
            comment.setValue(followUp.comment());
        }

        void update(FollowUp stored) {
            if (Objects.equals(status.getValue(), loaded.status())) {
                status.setValue(stored.status());
            }
            if (comment.getValue().equals(loaded.comment())) {
                comment.setValue(stored.comment());
            }
            loaded = stored;
        }
    }

    static final class SaveEvent extends ComponentEvent<FollowUpsSection> {
        private final String actionId;
        private final FollowUpStatus status;
        private final String comment;

        SaveEvent(FollowUpsSection source, String actionId, FollowUpStatus status, String comment) {
            super(source, false);
            this.actionId = actionId;
            this.status = status;
            this.comment = comment;
        }

        String actionId() {
            return actionId;
        }

        FollowUpStatus status() {
            return status;
        }

        String comment() {
            return comment;
        }
    }
}
