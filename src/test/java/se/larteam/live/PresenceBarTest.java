package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import se.larteam.testing.KaribuTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

/** The bar's own duty: a browser that stopped sending heartbeats drops out, and comes back when it returns. */
class PresenceBarTest extends KaribuTest {

    @Autowired
    Presence presence;
    @Autowired
    LiveUpdates live;

    @Test
    void aSilentBrowserLeavesAndAReturningOneComesBack() {
        UserId me = TestAccounts.person(users, "Tyst Flik").id();
        login(me);
        Topic page = Topic.person(me);
        PresenceBar bar = new PresenceBar(presence, live, me, page);
        UI.getCurrent().add(bar);
        bar.awaitBackground();
        assertThat(presence.whoIsHere(me, page)).hasSize(1);

        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 60_000);
        bar.tick();
        assertThat(presence.whoIsHere(me, page)).isEmpty();

        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
        bar.tick();
        assertThat(presence.whoIsHere(me, page)).hasSize(1);

        UI.getCurrent().remove(bar);
        bar.awaitBackground();
        assertThat(presence.whoIsHere(me, page)).isEmpty();
    }
}
