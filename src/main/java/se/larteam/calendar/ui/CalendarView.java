package se.larteam.calendar.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import se.larteam.base.Time;
import se.larteam.calendar.CalendarEntry;
import se.larteam.calendar.CalendarLink;
import se.larteam.calendar.CalendarLinks;
import se.larteam.calendar.CalendarService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * "Min kalender": how to subscribe, the person's secret feed address with a copy button, what the feed holds from
 * now on, and making a new address (the old one stops working) or removing it, each behind a confirmation.
 */
@Route(CalendarLinks.PAGE)
@PermitAll
public class CalendarView extends Main implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final CalendarService calendar;
    private final String publicUrl;
    private UserId me;

    CalendarView(CurrentUser currentUser, CalendarService calendar,
            @Value("${larteam.public-url:}") String publicUrl) {
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.publicUrl = publicUrl;
        addClassName("larteam-page");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        me = currentUser.require();
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")));
        add(linkSection(calendar.link(me)), entriesSection(calendar.upcoming(me)));
    }

    private Section linkSection(Optional<CalendarLink> link) {
        Section section = new Section();
        section.addClassName("larteam-card");
        if (link.isEmpty()) {
            Button create = new Button(getTranslation("calendar.create"), click -> {
                calendar.createOrReplaceLink(me);
                render();
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Paragraph(getTranslation("calendar.no-link")), create);
            return section;
        }
        String url = absolute(link.get().path());
        TextField address = new TextField(getTranslation("calendar.address"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("calendar.address.help"));
        Button copy = new Button(VaadinIcon.COPY.create(), click -> copy(url));
        copy.setAriaLabel(getTranslation("calendar.copy"));
        copy.setTooltipText(getTranslation("calendar.copy"));
        HorizontalLayout field = new HorizontalLayout(address, copy);
        field.setWidthFull();
        field.setAlignItems(FlexComponent.Alignment.BASELINE);
        // webcal: asks the computer's calendar app (Apple Calendar, Outlook) to subscribe directly. Vaadin allows
        // only http(s) and a few more by default; this address is our own feed's, so it is set as trusted.
        Anchor open = new Anchor();
        open.setText(getTranslation("calendar.open-in-app"));
        open.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));

        Button replace = new Button(getTranslation("calendar.replace"), click -> confirm("calendar.replace",
                () -> {
                    calendar.createOrReplaceLink(me);
                    notify(getTranslation("calendar.replaced"));
                }));
        Button revoke = new Button(getTranslation("calendar.revoke"), click -> confirm("calendar.revoke",
                () -> {
                    calendar.revokeLink(me);
                    notify(getTranslation("calendar.revoked"));
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(field, new Paragraph(open), howTo(), new HorizontalLayout(replace, revoke));
        return section;
    }

    private Div howTo() {
        UnorderedList steps = new UnorderedList(
                new ListItem(getTranslation("calendar.howto.outlook")),
                new ListItem(getTranslation("calendar.howto.google")),
                new ListItem(getTranslation("calendar.howto.apple")));
        return new Div(new H2(getTranslation("calendar.howto.title")), steps,
                new Paragraph(getTranslation("calendar.howto.refresh")));
    }

    private Section entriesSection(List<CalendarEntry> entries) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("calendar.upcoming"));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (CalendarEntry entry : entries) {
            var start = entry.start().withZoneSameInstant(Time.STOCKHOLM);
            var end = entry.end().withZoneSameInstant(Time.STOCKHOLM);
            StringBuilder text = new StringBuilder(date.format(start)).append(", ").append(time.format(start))
                    .append('–').append(time.format(end)).append(" · ").append(entry.title());
            if (!entry.location().isEmpty()) {
                text.append(" · ").append(entry.location());
            }
            list.add(new ListItem(text.toString()));
        }
        if (entries.isEmpty()) {
            list.add(new ListItem(getTranslation("calendar.upcoming.none")));
        }
        return new Section(new H2(getTranslation("calendar.upcoming")), list);
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(key + ".title"), getTranslation(key + ".question"),
                getTranslation(key + ".confirm"), yes -> {
                    action.run();
                    render();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("calendar.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void copy(String url) {
        // The clipboard may refuse (e.g. over plain http): then the person is told to copy from the field.
        getElement().executeJs("return navigator.clipboard.writeText($0)", url).then(
                ok -> notify(getTranslation("calendar.copied")),
                failed -> Notification.show(getTranslation("calendar.copy-failed"), 8_000, Notification.Position.TOP_CENTER));
    }

    /** The feed's full address: the configured public address, else the one this page was opened at. */
    private String absolute(String path) {
        if (!publicUrl.isBlank()) {
            return publicUrl.replaceAll("/+$", "") + path;
        }
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return path;
        }
        HttpServletRequest request = current.getHttpServletRequest();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path;
    }

    private static void notify(String text) {
        Notification.show(text, 5_000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " – " + getTranslation("app.name");
    }
}
