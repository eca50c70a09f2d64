package se.larteam.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.NewAction;
import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** "Mina åtaganden" on the start page: what I promised to try, where I look first, kept live. */
class MyActionsOnStartPageTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    private World world;
    private MeetingId meeting;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        meeting = World.meeting(meetings, world.a());
    }

    @Test
    void aMemberSeesHerOpenActionsFirstAndANewOneAppearsWhileSheLooks() throws Exception {
        meetings.addAction(world.a().processLeader(), meeting,
                new NewAction("Pröva exit tickets i årskurs 8", world.a().member(), LocalDate.now().plusDays(14)));
        login(world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);

        assertThat(actionsText()).contains("Pröva exit tickets i årskurs 8").contains("Lärteam A");

        meetings.addAction(world.a().member(), meeting,
                new NewAction("Läsa Timperley kapitel 2", world.a().member(), LocalDate.now().plusDays(21)));

        awaitUi(() -> assertThat(actionsText()).contains("Läsa Timperley kapitel 2"));
    }

    @Test
    void someoneWithoutOpenActionsSeesNoSuchSection() {
        login(world.a().organiser());
        UI.getCurrent().navigate(MyTeamsView.class);

        assertThat(_find(Section.class, spec -> spec.withAttribute("aria-label", "Mina åtaganden"))).isEmpty();
    }

    private static String actionsText() {
        return _get(Section.class, spec -> spec.withAttribute("aria-label", "Mina åtaganden")).getElement()
                .getTextRecursively();
    }
}
