package se.larteam.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;

/**
 * "Här nu": avatars and names of the others looking at the same page, live across nodes. Joins on attach and
 * leaves on detach; while attached it confirms every few seconds that the browser is still there (Vaadin's client
 * heartbeat), so a closed tab or a lost connection drops out within {@link Presence#TIMEOUT}.
 * <p>
 * Joining, confirming and leaving write to MongoDB and announce a live event, so they run in the background, one
 * after the other for each bar: opening a page never waits for them, and the others on the page appear a moment
 * later through push.
 */
public class PresenceBar extends Div {

    private static final Logger log = LoggerFactory.getLogger(PresenceBar.class);
    /** Vaadin's client heartbeat comes every 10 s ({@code vaadin.heartbeatInterval}); two and a half missed is gone. */
    static final long CLIENT_GONE_AFTER_MILLIS = 25_000;
    private static final long TICK_SECONDS = 5;
    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    private final Presence presence;
    private final LiveUpdates live;
    private final UserId me;
    private final Topic page;
    private final LiveRefresh refresh;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();
    /** Touched only by the tasks of {@link #lane}, which run one at a time. */
    private Presence.Visit visit;
    private CompletableFuture<Void> lane = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> ticker;
    private volatile UI ui;

    public PresenceBar(Presence presence, LiveUpdates live, UserId me, Topic page) {
        this.presence = presence;
        this.live = live;
        this.me = me;
        this.page = page;
        this.refresh = new LiveRefresh(live, event -> Presence.CHANGED.equals(event.kind()));
        addClassName("larteam-presence");
        avatars.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        avatars.setMaxItemsVisible(6);
        avatars.getElement().setAttribute("aria-hidden", "true");
        names.addClassName("larteam-muted");
        getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        getElement().setAttribute("role", "status");
        setVisible(false);
        add(avatars, names);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        stopVisiting();
        UI attachedTo = attachEvent.getUI();
        ui = attachedTo;
        refresh.start(attachedTo, me, List.of(page), this::show, () -> setVisible(false));
        inBackground(() -> {
            visit = presence.join(me, page);
            List<Presence.Visitor> others = othersHere();
            attachedTo.access(() -> show(others));
        });
        ticker = live.scheduler().scheduleWithFixedDelay(() -> inBackground(this::tick), TICK_SECONDS, TICK_SECONDS,
                TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopVisiting();
        super.onDetach(detachEvent);
    }

    /** Whether the browser is still there decides whether the visit stays. Package-private for tests. */
    void tick() {
        UI current = ui;
        Presence.Visit currentVisit = visit;
        if (current == null || currentVisit == null) {
            return;
        }
        long silentFor = System.currentTimeMillis() - current.getInternals().getLastHeartbeatTimestamp();
        if (silentFor > CLIENT_GONE_AFTER_MILLIS) {
            currentVisit.leave();
        } else {
            currentVisit.stillHere();
        }
    }

    /** Waits until the background work asked for so far is done. For tests. */
    void awaitBackground() {
        CompletableFuture<Void> current;
        synchronized (this) {
            current = lane;
        }
        current.join();
    }

    private synchronized void inBackground(Runnable task) {
        lane = lane.thenRunAsync(task, BACKGROUND).exceptionally(failure -> {
            // No longer allowed on the page: the page itself reacts; the bar simply shows nobody.
            if (!(failure.getCause() instanceof NotPermittedException)) {
                log.warn("Presence on {} failed", page, failure);
            }
            return null;
        });
    }

    private List<Presence.Visitor> othersHere() {
        return presence.whoIsHere(me, page).stream().filter(v -> !v.id().equals(me)).toList();
    }

    private void show() {
        try {
            show(othersHere());
        } catch (NotPermittedException noLongerAllowed) {
            setVisible(false);
        }
    }

    private void show(List<Presence.Visitor> others) {
        avatars.setItems(others.stream().map(v -> new AvatarGroup.AvatarGroupItem(v.displayName())).toList());
        names.setText(others.isEmpty() ? ""
                : getTranslation("presence.here", String.join(", ", others.stream().map(Presence.Visitor::displayName).toList())));
        setVisible(!others.isEmpty());
    }

    private void stopVisiting() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        refresh.stop();
        ui = null;
        inBackground(() -> {
            if (visit != null) {
                visit.leave();
                visit = null;
            }
        });
    }
}
