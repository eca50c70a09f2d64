package se.larteam.meeting.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;

import se.larteam.meeting.Attendance;
import se.larteam.meeting.AttendanceRow;
import se.larteam.user.UserId;

/** One control per person, labelled with their name; a change by the user fires {@link ChangeEvent} at once. */
class AttendanceSection extends Section {

    private final Map<UserId, RadioButtonGroup<Attendance>> controls = new HashMap<>();
    private final boolean readOnly;

    AttendanceSection(List<AttendanceRow> rows, boolean readOnly) {
        this.readOnly = readOnly;
        add(new H2(getTranslation("meeting.attendance.title")));
        for (AttendanceRow row : rows) {
            RadioButtonGroup<Attendance> control = new RadioButtonGroup<>(row.name());
            control.setItems(Attendance.values());
            control.setItemLabelGenerator(a -> getTranslation("meeting.attendance." + a.name().toLowerCase()));
            control.setValue(row.attendance());
            control.setReadOnly(readOnly);
            control.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    fireEvent(new ChangeEvent(this, row.person(), change.getValue()));
                }
            });
            controls.put(row.person(), control);
            add(control);
        }
    }

    /** Whether these rows fit the controls shown; a new or departed member needs a new section. */
    boolean fits(List<AttendanceRow> rows, boolean readOnly) {
        return this.readOnly == readOnly && rows.size() == controls.size()
                && rows.stream().allMatch(r -> controls.containsKey(r.person()));
    }

    /** Saved at once on change, so the stored value always wins on a refresh. */
    void update(List<AttendanceRow> rows) {
        rows.forEach(row -> controls.get(row.person()).setValue(row.attendance()));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static final class ChangeEvent extends ComponentEvent<AttendanceSection> {
        private final UserId person;
        private final Attendance attendance;

        ChangeEvent(AttendanceSection source, UserId person, Attendance attendance) {
            super(source, true);
            this.person = person;
            this.attendance = attendance;
        }

        UserId person() {
            return person;
        }

        Attendance attendance() {
            return attendance;
        }
    }
}
