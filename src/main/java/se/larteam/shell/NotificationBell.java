package se.larteam.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Topic;
import se.larteam.notification.Notification;
import se.larteam.notification.NotificationService;
import se.larteam.user.UserId;

/**
 * The bell in the navbar: the unread count, kept live from the person's own topic, and a dialog listing the
 * notifications; opening one marks it read and goes to it.
 */
class NotificationBell extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(Time.STOCKHOLM);

    private final NotificationService notifications;
    private final UserId me;
    private final LiveRefresh live;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Dialog dialog = new Dialog();

    NotificationBell(NotificationService notifications, LiveUpdates liveUpdates, UserId me) {
        this.notifications = notifications;
        this.me = me;
        this.live = new LiveRefresh(liveUpdates, event -> NotificationService.NEW.equals(event.kind()));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.addClickListener(click -> open());
        count.getElement().getThemeList().add("badge pill small error primary");
        count.getElement().setAttribute("aria-hidden", "true");
        dialog.setHeaderTitle(getTranslation("notification.title"));
        getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        add(bell, count);
        update();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        update();
        try {
            live.start(attachEvent.getUI(), me, List.of(Topic.person(me)), this::update, this::update);
        } catch (NotPermittedException impossible) {
            // One's own topic is always followable.
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    /** The unread count now. */
    int unread() {
        return notifications.unreadCount(me);
    }

    private void update() {
        int unread = unread();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("notification.bell.none")
                : getTranslation("notification.bell", unread));
        if (dialog.isOpened()) {
            fill();
        }
    }

    private void open() {
        fill();
        dialog.open();
    }

    private void fill() {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        List<Notification> mine = notifications.mine(me);
        if (mine.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("notification.none")));
        }
        for (Notification n : mine) {
            String text = getTranslation("notification.kind." + n.kind(), n.actorName(), n.title()) + " · "
                    + WHEN.withLocale(getLocale()).format(n.at());
            Button item = new Button(text, click -> {
                notifications.markRead(me, n.id());
                dialog.close();
                update();
                getUI().ifPresent(ui -> ui.navigate(n.link()));
            });
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (!n.read()) {
                item.getStyle().set("font-weight", "600");
            }
            item.getStyle().set("display", "block").set("text-align", "start").set("height", "auto")
                    .set("white-space", "normal");
            dialog.add(item);
        }
        Button all = new Button(getTranslation("notification.mark-all-read"), click -> {
            // Only what this list shows: a notification that arrived after it was drawn stays unread.
            notifications.markAllRead(me, mine.stream().filter(n -> !n.read()).map(Notification::id).toList());
            update();
            fill();
        });
        Button close = new Button(getTranslation("notification.close"), click -> dialog.close());
        dialog.getFooter().add(all, close);
    }
}
