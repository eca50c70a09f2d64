package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import se.larteam.user.UserId;

/** The view side of live updates, fed directly (no database): attach, detach, re-attach, bursts. */
class LiveRefreshTest {

    private static final UserId ME = new UserId("refresh-test-person");
    private static final Topic TOPIC = Topic.person(ME);

    private final LiveUpdates live = new LiveUpdates(List.of());

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        live.shutdown();
    }

    @Test
    void subscribesOnAttachAndUnsubscribesOnDetach() {
        LiveView view = new LiveView(live);
        UI.getCurrent().add(view);
        assertThat(live.subscriberCount(TOPIC)).isEqualTo(1);

        UI.getCurrent().remove(view);
        assertThat(live.subscriberCount(TOPIC)).isZero();
    }

    @Test
    void reAttachingNeverDoublesASubscription() {
        LiveView view = new LiveView(live);
        for (int i = 0; i < 3; i++) {
            UI.getCurrent().add(view);
            UI.getCurrent().remove(view);
        }
        UI.getCurrent().add(view);
        // An attach without a detach in between (Vaadin's resynchronisation can do that) must not double either.
        view.onAttach(new AttachEvent(view, false));

        assertThat(live.subscriberCount(TOPIC)).isEqualTo(1);
    }

    @Test
    void aBurstOfEventsBecomesFewRefreshesInsideUiAccess() throws Exception {
        LiveView view = new LiveView(live);
        UI.getCurrent().add(view);

        for (int i = 0; i < 50; i++) {
            live.inserted(LiveEventDocuments.toDocument(new LiveEvent(new ObjectId().toHexString(), "test.burst",
                    List.of(TOPIC), Audience.onlyPeople(java.util.Set.of(ME)), ME, Instant.now(), Map.of())));
        }
        waitAndRoundtrip(Duration.ofMillis(600));

        assertThat(view.refreshes.get()).isBetween(1, 7);
        assertThat(view.refreshedInsideAccess).isTrue();
    }

    @Test
    void eventsForOthersDoNotRefresh() throws Exception {
        LiveView view = new LiveView(live);
        UI.getCurrent().add(view);
        live.inserted(LiveEventDocuments.toDocument(new LiveEvent(new ObjectId().toHexString(), "test.other",
                List.of(TOPIC), Audience.onlyPeople(java.util.Set.of(new UserId("someone-else"))), ME, Instant.now(),
                Map.of())));
        waitAndRoundtrip(Duration.ofMillis(300));

        assertThat(view.refreshes.get()).isZero();
    }

    private static void waitAndRoundtrip(Duration wait) throws InterruptedException {
        Thread.sleep(wait);
        MockVaadin.clientRoundtrip(false);
    }

    /** A minimal view wired the way every Lärteam view is. */
    static final class LiveView extends Div {
        final LiveRefresh refresh;
        final AtomicInteger refreshes = new AtomicInteger();
        volatile boolean refreshedInsideAccess;

        LiveView(LiveUpdates live) {
            refresh = new LiveRefresh(live);
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            refresh.start(attachEvent.getUI(), ME, List.of(TOPIC), () -> {
                refreshedInsideAccess = getUI().orElseThrow().getSession().hasLock();
                refreshes.incrementAndGet();
            }, () -> { });
        }

        @Override
        protected void onDetach(DetachEvent detachEvent) {
            refresh.stop();
        }
    }
}
