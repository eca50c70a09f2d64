package se.larteam.meeting.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;

import se.larteam.base.DatePickers;
import se.larteam.meeting.MeetingPlan;

/** Date, start and end time, place or link. Knows no service; the page reads {@link #plan()} or hears {@link SaveEvent}. */
class MeetingPlanForm extends FormLayout {

    private final DatePicker date;
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final TextField place = new TextField();
    private final Map<String, HasValidation> fields;

    MeetingPlanForm(Locale locale) {
        date = DatePickers.create(getTranslation("meeting.date"), locale);
        date.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation("meeting.start"));
        end.setLabel(getTranslation("meeting.end"));
        start.setLocale(locale);
        end.setLocale(locale);
        place.setLabel(getTranslation("meeting.place"));
        fields = Map.of("date", date, "start", start, "end", end, "place", place);
        add(date, start, end, place);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 4));
    }

    void setPlan(MeetingPlan plan) {
        date.setValue(plan.date());
        start.setValue(plan.start());
        end.setValue(plan.end());
        place.setValue(plan.place() == null ? "" : plan.place());
    }

    MeetingPlan plan() {
        return new MeetingPlan(date.getValue(), start.getValue(), end.getValue(), place.getValue());
    }

    void setReadOnly(boolean readOnly) {
        date.setReadOnly(readOnly);
        start.setReadOnly(readOnly);
        end.setReadOnly(readOnly);
        place.setReadOnly(readOnly);
    }

    /** Marks the field named by the service; false when the problem is not about one of these fields. */
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

    void fireSave() {
        fireEvent(new SaveEvent(this, plan()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<MeetingPlanForm> {
        private final MeetingPlan plan;

        SaveEvent(MeetingPlanForm source, MeetingPlan plan) {
            super(source, false);
            this.plan = plan;
        }

        MeetingPlan plan() {
            return plan;
        }
    }
}
