package se.larteam.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;

import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.live.Presence;
import se.larteam.live.PresenceBar;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamRole;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

/** Pages change in front of the user when someone else changes the team, without a reload. */
class TeamLiveTest extends KaribuTest {

    @Autowired
    Presence presence;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void aMemberSeesANewColleagueAppearWhenTheOrganiserAddsThem() throws Exception {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));
        assertThat(pageText()).doesNotContain("Märta Nykomling");

        UserId newcomer = TestAccounts.person(users, "Märta Nykomling").id();
        teams.putMember(world.a().organiser(), world.a().team(), newcomer, TeamRole.MEMBER);

        awaitUi(() -> assertThat(pageText()).contains("Märta Nykomling"));
    }

    @Test
    void aMemberRemovedWhileLookingLosesThePageAtOnce() throws Exception {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());

        awaitUi(() -> assertThat(_get(H1.class).getText()).isEqualTo("Lärteamet kan inte visas"));
        assertThat(pageText()).doesNotContain("Processledare A");
    }

    @Test
    void myListGrowsWhenIAmAddedToAnotherTeam() throws Exception {
        login(world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);
        assertThat(_find(ListItem.class)).hasSize(1);

        var second = teams.create(world.a().organiser(), world.a().program(), "Lärteam Ödsmål");
        teams.putMember(world.a().organiser(), second, world.a().member(), TeamRole.MEMBER);

        awaitUi(() -> assertThat(_find(ListItem.class)).hasSize(2));
        assertThat(_find(ListItem.class).get(1).getElement().getTextRecursively()).startsWith("Lärteam Ödsmål");
    }

    @Test
    void aMemberSeesWhoElseIsLookingAtTheTeam() throws Exception {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));
        assertThat(presenceBar().isVisible()).as("alone on the page").isFalse();

        Presence.Visit leader = presence.join(world.a().processLeader(), TeamLive.topic(world.a().team()));

        awaitUi(() -> assertThat(presenceBar().getElement().getTextRecursively())
                .isEqualTo("Här nu: Processledare A"));
        assertThat(presenceBar().isVisible()).isTrue();

        leader.leave();
        awaitUi(() -> assertThat(presenceBar().isVisible()).isFalse());
    }

    @Test
    void anOrganiserRemovesAMemberAfterConfirmingAndTheMembersPageFollows() throws Exception {
        login(world.a().organiser());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));

        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Ta bort Deltagare A från lärteamet"
                .equals(b.getAriaLabel().orElse(null)))));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).startsWith("Deltagare A tas bort från lärteamet");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(pageText()).doesNotContain("Deltagare A");
        assertThat(teams.access(world.a().member(), world.a().team())).isEmpty();
    }

    @Test
    void membersSeeNoRemoveButtons() {
        login(world.a().member());
        UI.getCurrent().navigate(TeamView.class, new RouteParameters("teamId", world.a().team().value()));

        assertThat(_find(Button.class)).noneMatch(b -> b.getAriaLabel().orElse("").startsWith("Ta bort"));
    }

    /** Found through the view: Karibu's lookups see only visible components, and an empty bar hides itself. */
    private static PresenceBar presenceBar() {
        return _get(TeamView.class).getChildren().filter(PresenceBar.class::isInstance).map(PresenceBar.class::cast)
                .findFirst().orElseThrow();
    }

    private static String pageText() {
        return _get(TeamView.class).getElement().getTextRecursively();
    }
}
