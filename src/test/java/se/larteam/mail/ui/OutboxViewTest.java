package se.larteam.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

import se.larteam.invitation.InvitationService;
import se.larteam.invitation.Links;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/** Without a mail server the outbox is how a demo gets its links; only administrators may read it. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    private World world;
    private String address;

    @BeforeEach
    void invite() {
        world = World.create(users, programs, teams);
        address = "tor.ung." + System.nanoTime() + "@skola.example";
        UserId tor = Links.imported(users, programs, world, "Tor Ung", address);
        invitations.invite(world.a().organiser(), world.a().program(), tor);
    }

    @Test
    void anAdministratorSeesTheMailThatWasNotSentWithItsLink() {
        login(world.admin());
        UI.getCurrent().navigate("admin/utkorg");

        assertThat(_get(H1.class).getText()).isEqualTo("Utgående e-post");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "Ingen e-postserver är inställd: ingenting skickas, men här syns allt som skulle ha skickats, med länkarna.");
        Details mail = _get(Details.class, spec -> spec.withPredicate(d -> d.getSummaryText().contains(address)));
        assertThat(mail.getSummaryText()).contains("Inbjudan till Program A i Lärteam")
                .endsWith("Inte skickat: ingen e-postserver");
        assertThat(_get(mail, Pre.class).getText()).startsWith("Hej Tor Ung!").contains("/losenord/");
        assertThat(_get(mail, Anchor.class, spec -> spec.withText("Öppna länken")).getHref())
                .matches("http://localhost:8080/losenord/[A-Za-z0-9_-]{43}");
    }

    @Test
    void anOrganiserIsRefusedAndSeesNoMail() {
        login(world.a().organiser());
        UI.getCurrent().navigate("admin/utkorg");

        assertThat(_get(Paragraph.class).getText()).isEqualTo("Bara administratörer kan se utgående e-post.");
        assertThat(_find(Details.class)).isEmpty();
        assertThat(_find(Pre.class)).isEmpty();
    }
}
