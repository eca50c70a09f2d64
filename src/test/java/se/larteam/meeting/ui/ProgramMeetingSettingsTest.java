package se.larteam.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import se.larteam.collab.CollabEditor;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramLinks;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** What organisers decide for the program's meetings: whether notes in progress open to them, and the template. */
class ProgramMeetingSettingsTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void anOrganiserOpensNotesInProgressForTheProgramOnItsPage() {
        MeetingId id = meetings.plan(world.a().processLeader(), world.a().team(), new MeetingPlan(LocalDate.now(),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Digitalt"), List.of("Dagens tema"));
        meetings.saveNotes(world.a().member(), id, "Anteckningar under arbete");
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        Checkbox open = _get(Checkbox.class,
                spec -> spec.withLabel("Samordnarna får läsa lärteamens anteckningar under arbete"));
        assertThat(open.getValue()).isFalse();

        _setValue(open, true);

        assertThat(programs.notesOpenToOrganisers(world.a().organiser(), world.a().program())).isTrue();
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.PARAMETER, id.value()));
        CollabEditor notes = _get(CollabEditor.class);
        assertThat(notes.getDocumentName()).isEqualTo(id.notesDocument());
        assertThat(notes.isReadOnly()).isTrue();
        _get(ReadOnlyMinutes.class);

        login(world.a().member());
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.PARAMETER, id.value()));
        assertThat(_get(MeetingView.class).getElement().getTextRecursively())
                .as("the team is told who else reads its notes").contains("Programmet har öppnat lärteamens anteckningar");
    }

    @Test
    void anOrganiserSetsTheTemplateThatTheNextMeetingStartsFrom() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Mötesmall för lärteamens möten")).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Mötesmall för Program A");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Punkt 1")), "Incheckning: hur mår vi?");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Punkt 2")), "");
        _click(_get(Button.class, spec -> spec.withText("Spara dagordningen")));
        TextField second = _get(TextField.class, spec -> spec.withLabel("Punkt 2"));
        assertThat(second.getErrorMessage())
                .isEqualTo("Punkten på dagordningen behöver en text. Skriv något eller ta bort punkten.");
        _setValue(second, "Dagens text");
        _click(_get(Button.class, spec -> spec.withText("Spara dagordningen")));

        login(world.a().processLeader());
        UI.getCurrent().navigate(PlanMeetingView.address(world.a().team()));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Punkt 1")).getValue()).isEqualTo("Incheckning: hur mår vi?");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Punkt 2")).getValue()).isEqualTo("Dagens text");

        UI.getCurrent().navigate(ProgramLinks.meetingTemplate(world.a().program()));
        assertThat(_get(H1.class).getText()).as("process leaders do not set the program's template")
                .isEqualTo("Programmet kan inte visas");
    }
}
