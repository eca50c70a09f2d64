package se.larteam.roster.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.team.TeamRole;
import se.larteam.user.NewUser;

/**
 * Adds one person by hand. Knows no service: it fires {@link AddEvent}, and the view answers with
 * {@link #showProblem} or {@link #clear}. What was typed stays when the input is refused.
 */
class AddPersonForm extends Section {

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField title = new TextField();
    private final TextField unit = new TextField();
    private final ComboBox<String> team = new ComboBox<>();
    private final Select<TeamRole> role = new Select<>();
    private final Map<String, com.vaadin.flow.component.HasValidation> fields;

    AddPersonForm(List<String> teamNames) {
        name.setLabel(getTranslation("roster.column.name"));
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("roster.column.email"));
        email.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("roster.column.title"));
        unit.setLabel(getTranslation("roster.column.unit"));
        team.setLabel(getTranslation("roster.column.team"));
        team.setItems(teamNames);
        team.setClearButtonVisible(true);
        role.setLabel(getTranslation("roster.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> getTranslation("team.access." + r.name().toLowerCase()));
        role.setValue(TeamRole.MEMBER);
        fields = Map.of("displayName", name, "email", email, "title", title, "unit", unit, "team", team);
        Button add = new Button(getTranslation("roster.add"), e -> fireEvent(new AddEvent(this,
                new NewUser(email.getValue(), name.getValue(), title.getValue(), unit.getValue()),
                team.getValue() == null ? "" : team.getValue(), role.getValue())));
        add.addClickShortcut(Key.ENTER);
        FormLayout layout = new FormLayout(name, email, title, unit, team, role);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new H2(getTranslation("roster.add-title")), layout, add);
    }

    /** Marks the field the service refused (or the whole form), keeping every value. */
    void showProblem(String field, String message) {
        fields.values().forEach(f -> f.setInvalid(false));
        com.vaadin.flow.component.HasValidation target = fields.getOrDefault(field == null ? "" : field, name);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        name.clear();
        email.clear();
        title.clear();
        unit.clear();
        team.clear();
        role.setValue(TeamRole.MEMBER);
        name.focus();
    }

    void setTeams(List<String> teamNames) {
        team.setItems(teamNames);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    static final class AddEvent extends ComponentEvent<AddPersonForm> {
        private final NewUser person;
        private final String team;
        private final TeamRole role;

        AddEvent(AddPersonForm source, NewUser person, String team, TeamRole role) {
            super(source, false);
            this.person = person;
            this.team = team;
            this.role = role;
        }

        TeamRole role() {
            return role;
        }

        NewUser person() {
            return person;
        }

        String team() {
            return team;
        }
    }
}
