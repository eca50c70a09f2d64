package se.larteam.meeting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.base.DatePickers;
import se.larteam.meeting.Action;
import se.larteam.meeting.AttendanceRow;
import se.larteam.meeting.NewAction;

/**
 * "Till nästa gång": the actions recorded so far, and a form for one more (what, who, by when). The list follows
 * live updates; the form keeps what is typed until it is added.
 */
class ActionsSection extends Section {

    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextField text = new TextField();
    private final Select<AttendanceRow> owner = new Select<>();
    private final DatePicker due;
    private final FormLayout form;
    private final Map<String, HasValidation> fields;
    private boolean readOnly;

    ActionsSection(List<AttendanceRow> members, Locale locale, LocalDate defaultDue) {
        add(new H2(getTranslation("meeting.actions.title")), none, list);
        none.setText(getTranslation("meeting.actions.none"));
        text.setLabel(getTranslation("meeting.actions.text"));
        text.setWidthFull();
        owner.setLabel(getTranslation("meeting.actions.owner"));
        setMembers(members);
        owner.setItemLabelGenerator(AttendanceRow::name);
        due = DatePickers.create(getTranslation("meeting.actions.due"), locale);
        due.setValue(defaultDue);
        fields = Map.of("text", text, "owner", owner, "due", due);
        Button addButton = new Button(getTranslation("meeting.actions.add"), click -> fireEvent(new AddEvent(this,
                new NewAction(text.getValue(), owner.getValue() == null ? null : owner.getValue().person(),
                        due.getValue()))));
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form = new FormLayout(text, owner, due, addButton);
        form.setColspan(text, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
    }

    void update(List<Action> actions) {
        list.removeAll();
        none.setVisible(actions.isEmpty());
        for (Action action : actions) {
            String line = getTranslation("meeting.actions.line", action.text(), action.ownerName(),
                    action.due().toString());
            ListItem item = new ListItem(new Span(line));
            if (!readOnly) {
                Button remove = new Button(new Icon(VaadinIcon.TRASH),
                        click -> fireEvent(new RemoveEvent(this, action.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("meeting.actions.remove", action.text()));
                remove.setTooltipText(getTranslation("meeting.actions.remove", action.text()));
                item.add(remove);
            }
            list.add(item);
        }
    }

    /** Who may own an action: the team's current members, following changes while the page is open. */
    void setMembers(List<AttendanceRow> members) {
        List<AttendanceRow> owners = members.stream().filter(m -> m.role() != null).toList();
        AttendanceRow chosen = owner.getValue();
        owner.setItems(owners);
        // Rows are values: the same person may come back as another row (e.g. new attendance), still chosen.
        if (chosen != null) {
            owners.stream().filter(m -> m.person().equals(chosen.person())).findFirst().ifPresent(owner::setValue);
        }
    }

    /** After an action was added: a fresh form for the next person, same due date. */
    void added() {
        fields.values().forEach(f -> f.setInvalid(false));
        text.clear();
        owner.clear();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        form.setVisible(!readOnly);
    }

    void showProblem(String field, String message) {
        fields.values().forEach(f -> f.setInvalid(false));
        HasValidation target = fields.getOrDefault(field == null ? "" : field, text);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    static final class AddEvent extends ComponentEvent<ActionsSection> {
        private final NewAction action;

        AddEvent(ActionsSection source, NewAction action) {
            super(source, false);
            this.action = action;
        }

        NewAction action() {
            return action;
        }
    }

    static final class RemoveEvent extends ComponentEvent<ActionsSection> {
        private final String actionId;

        RemoveEvent(ActionsSection source, String actionId) {
            super(source, false);
            this.actionId = actionId;
        }

        String actionId() {
            return actionId;
        }
    }
}
