package se.larteam.mail.ui;

import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.mail.Outbox;
import se.larteam.mail.OutboxEntry;
import se.larteam.mail.MailService;
import se.larteam.security.CurrentUser;

/**
 * "Utgående e-post": what Lärteam sent or would have sent, for administrators (the service checks; principals carry
 * no roles, so the route is for every signed-in person and shows others only a refusal). Without a mail server it
 * shows the bodies with their password links, so a demo works; with one, only if configured to.
 */
@Route("admin/utkorg")
@PermitAll
public class OutboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Time.STOCKHOLM);

    private final CurrentUser currentUser;
    private final MailService mail;

    OutboxView(CurrentUser currentUser, MailService mail) {
        this.currentUser = currentUser;
        this.mail = mail;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("outbox.title")));
        Outbox outbox;
        try {
            outbox = mail.outbox(currentUser.require());
        } catch (NotPermittedException e) {
            add(new Paragraph(getTranslation("outbox.not-permitted")));
            return;
        }
        add(new Paragraph(getTranslation(outbox.mailServerConfigured()
                ? (outbox.bodiesShown() ? "outbox.server.links" : "outbox.server") : "outbox.no-server")));
        if (outbox.mails().isEmpty()) {
            add(new Paragraph(getTranslation("outbox.empty")));
        }
        for (OutboxEntry entry : outbox.mails()) {
            add(entry(entry));
        }
    }

    private Details entry(OutboxEntry entry) {
        String status = getTranslation("outbox.status." + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        if (entry.reason() != null && entry.status() == se.larteam.mail.MailStatus.FAILED) {
            status += ": " + entry.reason();
        }
        Details details = new Details(getTranslation("outbox.summary", TIME.format(entry.at()), entry.to(),
                entry.subject(), status));
        details.addClassName("outbox-mail");
        if (entry.body() == null) {
            details.add(new Paragraph(getTranslation("outbox.body-hidden")));
            return details;
        }
        Div content = new Div(new Pre(entry.body()));
        Matcher links = LINK.matcher(entry.body());
        while (links.find()) {
            Anchor open = new Anchor(links.group(), getTranslation("outbox.open-link"));
            open.setTarget("_blank");
            content.add(new Paragraph(open));
        }
        details.add(content);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – " + getTranslation("app.name");
    }
}
