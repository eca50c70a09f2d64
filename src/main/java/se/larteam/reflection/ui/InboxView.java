package se.larteam.reflection.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Topic;
import se.larteam.reflection.InboxItem;
import se.larteam.reflection.ReflectionService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * "Väntar på kommentar": a process leader's shared reflections without a process leader's comment, across all
 * their teams, oldest first. Follows the person's own topic, where each newly shared reflection is announced.
 */
@Route("vantar-pa-kommentar")
@PermitAll
@Menu(order = 3, icon = "vaadin:comments-o", title = "menu.inbox")
public class InboxView extends Main implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    /** The oldest this many first: a process leader works from the top, and drawing hundreds of rows is slow. */
    static final int SHOWN_AT_A_TIME = 50;

    private final LiveRefresh live;
    private UserId me;
    private int shown = SHOWN_AT_A_TIME;

    InboxView(CurrentUser currentUser, ReflectionService reflections, LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.reflections = reflections;
        this.live = new LiveRefresh(liveUpdates);
        addClassName("larteam-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflection.inbox.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        me = currentUser.require();
        render();
        follow(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    private void follow(UI ui) {
        try {
            live.start(ui, me, List.of(Topic.person(me)), this::render, this::render);
        } catch (NotPermittedException impossible) {
            // One's own topic is always followable; nothing to follow otherwise.
        }
    }

    private void render() {
        removeAll();
        add(new H1(getPageTitle()));
        List<InboxItem> items = reflections.inbox(me);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("reflection.inbox.none")));
            return;
        }
        add(new Paragraph(getTranslation("reflection.inbox.count", items.size())));
        add(ReflectionList.of(items.subList(0, Math.min(shown, items.size())), InboxItem::reflection, item -> {
            Button handled = new Button(getTranslation("reflection.inbox.handled"), click -> {
                try {
                    reflections.markHandled(me, item.reflection().id());
                } catch (NotPermittedException gone) {
                    // No longer shared with me: the list below no longer shows it either.
                }
                render();
            });
            handled.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            handled.setAriaLabel(getTranslation("reflection.inbox.handled.aria", item.reflection().title()));
            return handled;
        }, "", getLocale(), this::getTranslation));
        if (items.size() > shown) {
            int more = Math.min(SHOWN_AT_A_TIME, items.size() - shown);
            add(new Button(getTranslation("reflection.inbox.more", more, items.size() - shown), click -> {
                shown += SHOWN_AT_A_TIME;
                render();
            }));
        }
    }
}
