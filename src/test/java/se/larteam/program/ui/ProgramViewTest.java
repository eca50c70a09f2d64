package se.larteam.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramSummary;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Scenario 1 begins: an administrator creates the program, its organiser keeps it up to date. */
class ProgramViewTest extends KaribuTest {

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void anAdministratorCreatesAProgramAndAMistakeIsExplainedWithoutLosingWhatWasTyped() {
        login(world.admin());
        UI.getCurrent().navigate(ProgramLinks.newProgram());
        assertThat(_get(H1.class).getText()).isEqualTo("Skapa program");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Leda för skolutveckling");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Huvudman eller organisation")), "Åsbacka kommun");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Startdatum")), LocalDate.of(2027, 6, 30));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Slutdatum")), LocalDate.of(2024, 8, 1));
        _click(_get(Button.class, spec -> spec.withText("Skapa")));

        DatePicker end = _get(DatePicker.class, spec -> spec.withLabel("Slutdatum"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Slutdatumet kan inte ligga före startdatumet.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn")).getValue()).isEqualTo("Leda för skolutveckling");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Startdatum")), LocalDate.of(2024, 8, 1));
        _setValue(end, LocalDate.of(2027, 6, 30));
        _click(_get(Button.class, spec -> spec.withText("Skapa")));

        NotificationsKt.expectNotifications("Programmet Leda för skolutveckling är skapat.");
        assertThat(_get(H1.class).getText()).isEqualTo("Leda för skolutveckling");
    }

    @Test
    void onlyAdministratorsCreatePrograms() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.newProgram());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Eget program");
        _click(_get(Button.class, spec -> spec.withText("Skapa")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn")).getErrorMessage())
                .isEqualTo("Bara administratörer kan skapa program.");
        assertThat(programs.myPrograms(world.a().organiser())).extracting(ProgramSummary::name)
                .doesNotContain("Eget program");
    }

    @Test
    void theOrganiserEditsTheProgramAndAMemberOnlyReadsIt() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Program A, andra året");
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        NotificationsKt.expectNotifications("Ändringarna är sparade.");
        assertThat(programs.get(world.a().organiser(), world.a().program()).name()).isEqualTo("Program A, andra året");

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Personer och lärteam")).getHref())
                .isEqualTo(ProgramLinks.people(world.a().program()));

        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        assertThat(_get(H1.class).getText()).isEqualTo("Program A, andra året");
        _assertNone(Button.class, spec -> spec.withText("Spara"));
        _assertNone(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Personer och lärteam"));
    }

    @Test
    void theOrganiserSchedulesALearningSessionThatEveryoneInTheProgramSees() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.of(2027, 1, 20));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Starttid")), LocalTime.of(12, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Sluttid")), LocalTime.of(9, 0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Plats eller länk")), "Digitalt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tema")), "Kollegialt lärande");
        _click(_get(Button.class, spec -> spec.withText("Lägg till träff")));
        TimePicker end = _get(TimePicker.class, spec -> spec.withLabel("Sluttid"));
        assertThat(end.getErrorMessage()).isEqualTo("Sluttiden måste ligga efter starttiden.");

        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Starttid")), LocalTime.of(9, 0));
        _setValue(end, LocalTime.of(12, 0));
        _click(_get(Button.class, spec -> spec.withText("Lägg till träff")));

        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        assertThat(_get(ListItem.class).getElement().getTextRecursively())
                .isEqualTo("onsdag 20 januari 2027, 09:00–12:00 · Digitalt · Kollegialt lärande");
    }

    @Test
    void aForeignProgramCannotBeOpened() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.program(world.b().program()));

        assertThat(_get(H1.class).getText()).isEqualTo("Programmet kan inte visas");
    }
}
