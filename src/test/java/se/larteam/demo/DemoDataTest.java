package se.larteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.meeting.MeetingDetails;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingState;
import se.larteam.meeting.MeetingSummary;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramSummary;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamSummary;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.user.UserId;

/** The demo program, loaded once at start-up, as a newcomer would meet it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "larteam.demo-data=true")
class DemoDataTest extends HttpTest {

    @Autowired
    DemoData demoData;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReadingService readings;
    @Autowired
    se.larteam.reflection.ReflectionService reflections;

    @Test
    void theOrganiserSeesTheProgramWithThreeTeamsOfFiveToSeven() {
        UserId organiser = login("katarina.alund");
        List<ProgramSummary> mine = programs.myPrograms(organiser);
        assertThat(mine).singleElement().satisfies(program -> {
            assertThat(program.name()).isEqualTo("Leda för skolutveckling");
            assertThat(program.myRoles()).containsExactly(ProgramRole.ORGANISER);
        });
        List<TeamSummary> all = teams.myTeams(organiser);
        assertThat(all).extracting(TeamSummary::name).containsExactly("Lärteam Norr", "Lärteam Söder", "Lärteam Väster");
        assertThat(all).allSatisfy(team -> assertThat(team.myAccess()).isEqualTo(TeamAccess.ORGANISER));
        for (TeamSummary team : all) {
            TeamDetails details = teams.details(organiser, team.id());
            assertThat(details.participants()).hasSizeBetween(5, 7);
            assertThat(details.processLeaders()).hasSize(1);
        }
        String names = all.stream().flatMap(t -> teams.details(organiser, t.id()).members().stream())
                .map(m -> m.displayName()).reduce("", String::concat);
        assertThat(names).contains("Å").contains("Ä").contains("Ö");
    }

    @Test
    void theTeamsHaveAFewMonthsOfMeetingsWithApprovedMinutesAndFollowUps() {
        UserId asa = login("asa.lindqvist");
        TeamSummary norr = teams.myTeams(asa).get(0);
        List<MeetingSummary> all = meetings.meetingsOf(asa, norr.id());
        assertThat(all).extracting(MeetingSummary::state).containsExactly(MeetingState.APPROVED, MeetingState.APPROVED,
                MeetingState.APPROVED, MeetingState.PLANNED);
        MeetingDetails last = meetings.details(asa, all.get(2).id());
        assertThat(last.followUps()).isNotEmpty().allSatisfy(f -> assertThat(f.status()).isNotNull());
        assertThat(last.actions()).hasSize(3);
        assertThat(meetings.details(asa, all.get(3).id()).followUps()).hasSize(3)
                .allSatisfy(f -> assertThat(f.status()).isNull());
        assertThat(last.notes()).contains("Två berättade");
        String owners = last.actions().stream().map(a -> a.ownerName()).reduce("", String::concat)
                + last.attendance().stream().map(a -> a.name()).reduce("", String::concat);
        assertThat(owners.toUpperCase(java.util.Locale.ROOT)).contains("Å").contains("Ä").contains("Ö");
        UserId organiser = login("katarina.alund");
        assertThat(meetings.details(organiser, all.get(2).id()).notes()).as("approved minutes").isNotEmpty();
    }

    @Test
    void theProcessLeaderHasReflectionsWaitingAndTheMembersWroteSome() {
        UserId kerstin = login("kerstin.oberg");
        assertThat(reflections.inbox(kerstin)).extracting(i -> i.reflection().title())
                .contains("När försöket inte gick som tänkt")
                .doesNotContain("Att följa upp utan att kontrollera", "Egna tankar om hösten");
        UserId asa = login("asa.lindqvist");
        assertThat(reflections.myReflections(asa)).extracting(r -> r.visibility())
                .contains(se.larteam.reflection.Visibility.PRIVATE, se.larteam.reflection.Visibility.PROCESS_LEADERS);
        assertThat(reflections.teamReflections(asa, teams.myTeams(asa).get(0).id()))
                .extracting(r -> r.title()).contains("Timperleys cykel i vårt arbetslag")
                .doesNotContain("När försöket inte gick som tänkt");
    }

    @Test
    void everyRoleIsThere() {
        assertThat(teams.myTeams(login("kerstin.oberg"))).extracting(TeamSummary::name)
                .containsExactly("Lärteam Norr", "Lärteam Söder");
        assertThat(teams.myTeams(login("asa.lindqvist"))).singleElement()
                .satisfies(t -> assertThat(t.myAccess()).isEqualTo(TeamAccess.MEMBER));
        assertThat(programs.myPrograms(login("lars.akesson"))).singleElement()
                .satisfies(p -> assertThat(p.myRoles()).containsExactly(ProgramRole.READER));
        assertThat(users.isAdministrator(login("admin"))).isTrue();
    }

    @Test
    void itIsLoadedOnceEvenWhenNodesStartTogether() {
        CompletableFuture<Void> nodeA = CompletableFuture.runAsync(() -> demoData.run(null));
        CompletableFuture<Void> nodeB = CompletableFuture.runAsync(() -> demoData.run(null));
        CompletableFuture.allOf(nodeA, nodeB).join();
        demoData.run(null);

        assertThat(programs.myPrograms(login("katarina.alund"))).hasSize(1);
        assertThat(teams.myTeams(login("katarina.alund"))).hasSize(3);
    }

    @Test
    void aDemoUserSignsInWithTheDocumentedPassword() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(url("/login").toString());
            browser.submitLogin("katarina.alund" + DemoData.DOMAIN, DemoData.DEMO_PASSWORD);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mina lärteam"));
            browser.waiting().until(d -> browser.mainText().contains("Lärteam Väster"));
            assertThat(browser.mainText()).contains("Leda för skolutveckling").contains("Samordnare")
                    .contains("Lärteam Norr").contains("Lärteam Söder");
            browser.screenshot("my-teams-organiser");
        }
    }

    @Test
    void aMemberOpensHerTeamSpaceAndLastMonthsMeetingInABrowser() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(url("/login").toString());
            browser.submitLogin("asa.lindqvist" + DemoData.DOMAIN, DemoData.DEMO_PASSWORD);
            browser.waiting().until(d -> browser.mainText().contains("Lärteam Norr"));
            browser.driver().findElement(By.linkText("Lärteam Norr")).click();
            browser.waiting().until(d -> browser.mainText().contains("Kommande"));
            assertThat(browser.mainText()).contains("Möten").contains("Tidigare").contains("Godkända anteckningar")
                    .contains("Planera ett möte");
            browser.screenshot("team-space");

            String lastMonth = browser.driver().findElements(By.cssSelector("main a[href^='mote/']")).get(1)
                    .getDomProperty("href");
            browser.driver().get(lastMonth);
            browser.waiting().until(d -> browser.mainText().contains("Till nästa gång"));
            assertThat(browser.mainText()).contains("Uppföljning från förra gången").contains("Närvaro")
                    .contains("Ladda ner som PDF");
            browser.screenshot("meeting");
        }
    }

    @Test
    void theLibraryHoldsResearchAndProvenExperienceAndTheTeamsKeepTheirOwn() {
        UserId reader = login("lars.akesson");
        var program = programs.myPrograms(reader).get(0).id();
        var library = readings.library(reader, program, ReadingFilter.none(), 0, 100);
        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
        assertThat(library).extracting(ReadingSummary::evidence).contains(Evidence.RESEARCH, Evidence.PROVEN_EXPERIENCE);
        assertThat(library).allSatisfy(r -> assertThat(r.scope()).isEqualTo(ReadingScope.LIBRARY));
        assertThat(library).extracting(ReadingSummary::title).contains("Det professionella lärandets inneboende kraft",
                "Kollegial handledning som utvecklingspraktik");
        UserId asa = login("asa.lindqvist");
        assertThat(readings.teamReadings(asa, teams.myTeams(asa).get(0).id())).extracting(ReadingSummary::title)
                .containsExactly("Vad vi lärde oss av lektionsbesöken i höstas");
    }

    private UserId login(String localPart) {
        return users.loginAccount(localPart + DemoData.DOMAIN).orElseThrow().id();
    }
}
