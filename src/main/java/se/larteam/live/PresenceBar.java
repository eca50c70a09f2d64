package se.larteam.live;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
 */
public class PresenceBar extends Div {

    /** Vaadin's client heartbeat comes every 10 s ({@code vaadin.heartbeatInterval}); two and a half missed is gone. */
    static final long CLIENT_GONE_AFTER_MILLIS = 25_000;
    private static final long TICK_SECONDS = 5;

    private final Presence presence;
    private final LiveUpdates live;
    private final UserId me;
    private final Topic page;
    private final LiveRefresh refresh;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();
    private Presence.Visit visit;
    private ScheduledFuture<?> ticker;
    private UI ui;

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
        add(avatars, names);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        stopVisiting();
        ui = attachEvent.getUI();
        visit = presence.join(me, page);
        refresh.start(ui, me, List.of(page), this::show, () -> setVisible(false));
        ticker = live.scheduler().scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        show();
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

    private void show() {
        List<Presence.Visitor> others;
        try {
            others = presence.whoIsHere(me, page).stream().filter(v -> !v.id().equals(me)).toList();
        } catch (NotPermittedException noLongerAllowed) {
            // The page itself reacts to the lost access; the bar just shows nobody.
            setVisible(false);
            return;
        }
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
        if (visit != null) {
            visit.leave();
            visit = null;
        }
        ui = null;
    }
}
