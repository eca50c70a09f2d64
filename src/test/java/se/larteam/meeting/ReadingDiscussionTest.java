package se.larteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** Agenda points linking readings, and "discussed at" as each person may see it (the safe room included). */
@SpringBootTest
class ReadingDiscussionTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReadingService readings;

    private World world;
    private ReadingId library;
    private ReadingId teamOwn;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        library = readings.addToLibrary(world.a().organiser(), world.a().program(), draft("Leda för skolutveckling"));
        teamOwn = readings.addToTeam(world.a().member(), world.a().team(), draft("Teamets egen text"));
    }

    private static ReadingDraft draft(String title) {
        return new ReadingDraft(title, List.of("Åsa Öberg"), 2021, ReadingKind.ARTICLE, "", "", "", "sv", "",
                List.of(), Evidence.RESEARCH, List.of());
    }

    @Test
    void aLinkedReadingShowsTheMeetingToThoseWhoMaySeeItsAgenda() {
        MeetingId meeting = World.meeting(meetings, world.a());
        meetings.setAgenda(world.a().member(), meeting, List.of(new AgendaItem("Läsa tillsammans", library.value()),
                AgendaItem.of("Övrigt"), new AgendaItem("Vår text", teamOwn.value())));

        assertThat(meetings.details(world.a().member(), meeting).agenda()).extracting(AgendaItem::readingId)
                .containsExactly(library.value(), null, teamOwn.value());
        assertThat(meetings.discussedAt(world.a().member(), library)).singleElement().satisfies(d -> {
            assertThat(d.meeting()).isEqualTo(meeting);
            assertThat(d.teamName()).isEqualTo("Lärteam A");
            assertThat(d.agendaItems()).containsExactly("Läsa tillsammans");
        });
        assertThat(meetings.discussedAt(world.a().processLeader(), teamOwn)).hasSize(1);
        // The safe room: the organiser and the reader see the library reading, but not the meeting in progress.
        assertThat(meetings.discussedAt(world.a().organiser(), library)).isEmpty();
        assertThat(meetings.discussedAt(world.a().reader(), library)).isEmpty();
        assertThat(meetings.discussedAt(world.admin(), library)).isEmpty();

        meetings.markHeld(world.a().processLeader(), meeting);
        meetings.approve(world.a().processLeader(), meeting);

        assertThat(meetings.discussedAt(world.a().organiser(), library)).extracting(ReadingDiscussion::meeting)
                .containsExactly(meeting);
        assertThat(meetings.discussedAt(world.a().reader(), library)).as("readers see no team's meetings").isEmpty();
        // The team's own reading stays inside the team, approved minutes or not.
        assertThatThrownBy(() -> meetings.discussedAt(world.a().organiser(), teamOwn))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void foreignOrUnknownReadingsCannotBeLinkedOrAskedAbout() {
        MeetingId meeting = World.meeting(meetings, world.a());
        ReadingId foreign = readings.addToTeam(world.b().member(), world.b().team(), draft("Främmande"));
        ReadingId foreignLibrary = readings.addToLibrary(world.b().organiser(), world.b().program(), draft("Annat program"));

        for (String id : List.of(foreign.value(), foreignLibrary.value(), "no-such-reading")) {
            assertThatThrownBy(() -> meetings.setAgenda(world.a().member(), meeting,
                    List.of(AgendaItem.of("Inledning"), new AgendaItem("Läsa", id))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("agenda.1"));
        }
        assertThat(meetings.details(world.a().member(), meeting).agenda()).extracting(AgendaItem::readingId)
                .containsOnlyNulls();
        assertThatThrownBy(() -> meetings.discussedAt(world.a().member(), foreign))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> meetings.discussedAt(world.b().member(), teamOwn))
                .isInstanceOf(NotPermittedException.class);
        // Team B cannot see team A's meeting, even about its own program's reading it links... which it cannot.
        assertThatThrownBy(() -> meetings.discussedAt(world.b().member(), library))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aTeamOfTheSameProgramCannotLinkAnotherTeamsOwnReading() {
        var second = teams.create(world.a().organiser(), world.a().program(), "Lärteam A2");
        teams.putMember(world.a().organiser(), second, world.a().processLeader(), se.larteam.team.TeamRole.PROCESS_LEADER);
        MeetingId other = meetings.plan(world.a().processLeader(), second, new MeetingPlan(java.time.LocalDate.now(),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0), ""), List.of());

        // The process leader leads both teams and sees team A's own reading, but team A2's members could not.
        assertThatThrownBy(() -> meetings.setAgenda(world.a().processLeader(), other,
                List.of(new AgendaItem("Läsa", teamOwn.value())))).isInstanceOf(InvalidInputException.class);
        meetings.setAgenda(world.a().processLeader(), other, List.of(new AgendaItem("Läsa", library.value())));
        assertThat(meetings.discussedAt(world.a().member(), library)).as("team A's member does not see A2's meeting")
                .isEmpty();
        assertThat(meetings.discussedAt(world.a().processLeader(), library)).hasSize(1);
    }
}
