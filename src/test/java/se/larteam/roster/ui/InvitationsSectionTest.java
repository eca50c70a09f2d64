package se.larteam.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import se.larteam.invitation.Links;
import se.larteam.mail.MailService;
import se.larteam.program.ProgramLinks;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/** After an import the organiser invites everyone still without a password, and can send one person a new link. */
class InvitationsSectionTest extends KaribuTest {

    @Autowired
    MailService mail;

    private World world;
    private String domain;

    @BeforeEach
    void importTwo() {
        world = World.create(users, programs, teams);
        domain = "@" + System.nanoTime() + ".example";
        Links.imported(users, programs, world, "Eva Ölund", "eva" + domain);
        Links.imported(users, programs, world, "Ali Åkerman", "ali" + domain);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anOrganiserSendsTheInvitationsAndResendsOne() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.rosterImport(world.a().program()));

        Grid<?> people = _get(Grid.class, spec -> spec.withPredicate(
                g -> "Inbjudningar och konton".equals(g.getAriaLabel().orElse(null))));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Personer utan lösenord får en inbjudan med en länk där "
                + "de väljer sitt lösenord. Länken gäller i 14 dagar och kan användas en gång."))).isNotNull();
        assertThat(cell(people, "Eva Ölund", 2)).isEqualTo("Inte inbjuden");
        assertThat(cell(people, "Processledare A", 2)).isEqualTo("Kan logga in");

        _click(_get(Button.class, spec -> spec.withText("Skicka inbjudningar (2)")));

        NotificationsKt.expectNotifications("2 inbjudningar är skickade.");
        assertThat(_get(Button.class, spec -> spec.withText("Skicka inbjudningar (0)")).isEnabled()).isFalse();
        assertThat(cell(people, "Eva Ölund", 2)).startsWith("Inbjuden 20");
        UserId admin = world.admin();
        String first = Links.latestToken(mail, admin, "eva" + domain);

        NotificationsKt.clearNotifications();
        Button resend = (Button) GridKt._getCellComponent((Grid) people, row(people, "Eva Ölund"), "action");
        assertThat(resend.getText()).isEqualTo("Skicka igen");
        assertThat(resend.getAriaLabel()).contains("Skicka inbjudan till Eva Ölund");
        _click(resend);

        NotificationsKt.expectNotifications("En inbjudan är skickad till Eva Ölund.");
        assertThat(Links.mailsTo(mail, admin, "eva" + domain)).hasSize(2);
        assertThat(Links.latestToken(mail, admin, "eva" + domain)).isNotEqualTo(first);
        assertThat(Links.mailsTo(mail, admin, "ali" + domain)).hasSize(1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String cell(Grid<?> grid, String name, int column) {
        return String.valueOf(GridKt._getFormattedRow((Grid) grid, row(grid, name)).get(column));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int row(Grid<?> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (name.equals(GridKt._getFormattedRow((Grid) grid, i).get(0))) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
