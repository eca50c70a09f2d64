package se.larteam.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;

class MyTeamsViewTest extends KaribuTest {

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void aMemberSeesTheirProgramAndTeamWithTheirRole() {
        login(world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Mina lärteam");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Program A");
        ListItem team = _get(ListItem.class);
        assertThat(_get(team, RouterLink.class).getText()).isEqualTo("Lärteam A");
        assertThat(team.getElement().getTextRecursively()).contains("Deltagare").contains("en deltagare");
    }

    @Test
    void anOrganiserSeesEveryTeamOfTheirProgramAsOrganiser() {
        teams.create(world.a().organiser(), world.a().program(), "Lärteam Ö");
        login(world.a().organiser());
        UI.getCurrent().navigate(MyTeamsView.class);

        List<String> lines = _find(ListItem.class).stream().map(i -> i.getElement().getTextRecursively()).toList();
        // Swedish order: Ö after A.
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Lärteam A").contains("Samordnare");
        assertThat(lines.get(1)).startsWith("Lärteam Ö").contains("inga deltagare");
    }

    @Test
    void someoneWithoutProgramsIsToldWhatToDo() {
        login(TestAccounts.person(users, "Ny Rektor").id());
        UI.getCurrent().navigate(MyTeamsView.class);

        assertThat(_get(Paragraph.class).getText()).startsWith("Du är inte med i något program ännu");
        _assertNone(ListItem.class);
    }

    @Test
    void aMemberOpensTheirTeamFromTheList() {
        login(world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Lärteam A")));

        assertThat(_get(H1.class).getText()).isEqualTo("Lärteam A");
        String page = _get(TeamView.class).getElement().getTextRecursively();
        assertThat(page).contains("Processledare A").contains("Deltagare A");
    }

    @Test
    void aTeamOfAnotherProgramCannotBeOpenedByItsAddress() {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.b().team().value()));

        assertThat(_get(H1.class).getText()).isEqualTo("Lärteamet kan inte visas");
        assertThat(_get(TeamView.class).getElement().getTextRecursively()).doesNotContain("Deltagare B");
    }

    @Test
    void aMemberRemovedFromTheTeamLosesItAtOnce() {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));
        assertThat(_get(H1.class).getText()).isEqualTo("Lärteam A");

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);
        _assertNone(RouterLink.class, spec -> spec.withText("Lärteam A"));
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));

        assertThat(_get(H1.class).getText()).isEqualTo("Lärteamet kan inte visas");
    }
}
