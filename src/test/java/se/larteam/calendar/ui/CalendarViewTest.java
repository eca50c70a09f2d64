package se.larteam.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;

import se.larteam.base.Time;
import se.larteam.calendar.CalendarLinks;
import se.larteam.calendar.CalendarService;
import se.larteam.program.ProgramSession;
import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** A member finds "Min kalender" in the user menu, makes a feed link, copies it, and later replaces it. */
class CalendarViewTest extends KaribuTest {

    @Autowired
    CalendarService calendar;

    private World world;
    private LocalDate nextYear;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        nextYear = LocalDate.now(Time.STOCKHOLM).plusYears(1).withMonth(1).withDayOfMonth(20);
        programs.addSession(world.a().organiser(), world.a().program(), new ProgramSession(null, nextYear,
                LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula, Åsbacka skola", "Kollegialt lärande"));
    }

    @Test
    void theUserMenuLeadsToTheCalendarWhichShowsWhatTheFeedWillHold() {
        login(world.a().member());
        UI.getCurrent().navigate(MyTeamsView.class);

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Min kalender");

        assertThat(_get(H1.class).getText()).isEqualTo("Min kalender");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .contains(day(nextYear) + ", 09:00–12:00 · Kollegialt lärande · Aula, Åsbacka skola");
        _assertNone(TextField.class);
    }

    @Test
    void aMemberCreatesALinkSeesItsAddressAndReplacesItOnlyAfterConfirming() {
        login(world.a().member());
        UI.getCurrent().navigate(CalendarLinks.PAGE);

        _click(_get(Button.class, spec -> spec.withText("Skapa länk")));

        TextField address = _get(TextField.class, spec -> spec.withLabel("Din kalenderlänk"));
        String firstPath = calendar.link(world.a().member()).orElseThrow().path();
        assertThat(address.getValue()).startsWith("http").endsWith(firstPath);
        assertThat(address.isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Kopiera kalenderlänken"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Öppna i kalenderprogrammet på den här datorn")).getHref())
                .startsWith("webcal://").endsWith(firstPath);

        _click(_get(Button.class, spec -> spec.withText("Skapa ny länk")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(question)).startsWith("Den gamla länken slutar fungera direkt");
        ConfirmDialogKt._fireCancel(question);
        assertThat(calendar.link(world.a().member()).orElseThrow().path()).isEqualTo(firstPath);

        _click(_get(Button.class, spec -> spec.withText("Skapa ny länk")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("En ny länk är skapad. Den gamla fungerar inte längre.");
        String secondPath = calendar.link(world.a().member()).orElseThrow().path();
        assertThat(secondPath).isNotEqualTo(firstPath);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Din kalenderlänk")).getValue()).endsWith(secondPath);
        assertThat(calendar.feedForToken(token(firstPath))).as("the old link").isEmpty();
        assertThat(calendar.feedForToken(token(secondPath))).hasValueSatisfying(
                feed -> assertThat(feed).contains("SUMMARY:Kollegialt lärande"));
    }

    @Test
    void aMemberRemovesTheLinkAfterConfirming() {
        String path = calendar.createOrReplaceLink(world.a().member()).path();
        login(world.a().member());
        UI.getCurrent().navigate(CalendarLinks.PAGE);

        _click(_get(Button.class, spec -> spec.withText("Ta bort länken")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(calendar.link(world.a().member())).isEmpty();
        assertThat(calendar.feedForToken(token(path))).isEmpty();
        _assertNone(TextField.class);
        _get(Button.class, spec -> spec.withText("Skapa länk"));
    }

    private static String token(String path) {
        return path.substring("/kalender/".length(), path.length() - ".ics".length());
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                .withLocale(se.larteam.base.Translations.SWEDISH).format(date);
    }
}
