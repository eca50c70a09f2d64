package se.larteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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
    ReadingService readings;

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
