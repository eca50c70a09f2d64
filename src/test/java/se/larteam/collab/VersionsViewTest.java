package se.larteam.collab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.ui.MeetingView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/**
 * The page "Versioner" of a meeting's notes, as its people use it: reached from the meeting, a list of versions with
 * time, kind and authors; one shown read-only; the process leader restores it through the page's own editor, a
 * member of approved minutes only reads, and someone outside the team sees nothing.
 */
class VersionsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    DocumentVersions versions;

    private World world;
    private MeetingId meeting;
    private String memberName;

    @BeforeEach
    void notesWithTwoVersions() {
        world = World.create(users, programs, teams);
        meeting = World.heldMeeting(meetings, world.a());
        memberName = users.profile(world.a().member()).displayName();
        // A member's editor sent its readable copy (the first one takes a version), then the minutes were approved.
        versions.edited(world.a().member(), meeting.notesDocument(), new ReadableSnapshot(
                "<p>Vi samtalade om <strong>återkoppling</strong>.</p>", "Vi samtalade om återkoppling.", 3));
        meetings.approve(world.a().processLeader(), meeting);
    }

    @Test
    void theProcessLeaderFindsTheVersionsFromTheMeetingShowsOneAndRestoresIt() {
        login(world.a().processLeader());
        UI.getCurrent().navigate("mote/" + meeting.value());
        // Following the link under the notes.
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Versioner")).getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Versioner");
        List<ListItem> items = _find(ListItem.class);
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().getElement().getTextRecursively()).contains("Godkänd")
                .contains("Inga ändringar sedan föregående version");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Under redigering")
                .contains("Redigerad av " + memberName);

        _click(_get(items.get(1), Button.class));
        assertThat(_get(H2.class, spec -> spec.withId("version-heading")).getText()).startsWith("Version från ");
        Html shown = _get(_get(Div.class, spec -> spec.withId("version-content")), Html.class);
        assertThat(shown.getInnerHtml()).isEqualTo("<p>Vi samtalade om <strong>återkoppling</strong>.</p>");

        _click(_get(Button.class, spec -> spec.withText("Återställ")));
        CollabEditor editor = _get(CollabEditor.class, spec -> spec.withId("restore-editor"));
        assertThat(editor.getDocumentName()).isEqualTo(meeting.notesDocument());
        assertThat(editor.getRestoreTicket()).as("the page's own editor makes the restore").isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Återställer…"))).isNotNull();

        // The browser's editor reports that it made the edit.
        ElementUtilsKt._fireDomEvent(editor.getElement(), new DomEvent(editor.getElement(), "collab-restored",
                JacksonUtils.createObjectNode().put("event.detail.ok", true)));
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Versionen är återställd. Alla som har dokumentet öppet ser ändringen."))).hasSize(1);
        assertThat(editor.getRestoreTicket()).isNull();
    }

    @Test
    void aMemberOfApprovedMinutesReadsVersionsButCannotRestore() {
        login(world.a().member());
        UI.getCurrent().navigate(CollabLinks.versions(meeting.notesDocument()));

        _click(_get(_find(ListItem.class).getFirst(), Button.class));

        assertThat(_get(H2.class, spec -> spec.withId("version-heading")).getText()).startsWith("Version från ");
        _assertNone(Button.class, spec -> spec.withText("Återställ"));
    }

    @Test
    void someoneOutsideTheTeamSeesNoVersions() {
        login(world.b().member());
        UI.getCurrent().navigate(CollabLinks.versions(meeting.notesDocument()));

        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Versionerna finns inte eller så har du inte tillgång till dem.");
        _assertNone(ListItem.class);
    }

    @Test
    void theVersionsLeadBackToTheMeeting() {
        login(world.a().member());
        UI.getCurrent().navigate(CollabLinks.versions(meeting.notesDocument()));

        Anchor back = _get(Anchor.class, spec -> spec.withText("Tillbaka till mötet"));
        assertThat(back.getHref()).isEqualTo("mote/" + meeting.value());
        // Following it.
        UI.getCurrent().navigate(back.getHref());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("notes-versions")).getHref())
                .isEqualTo(CollabLinks.versions(meeting.notesDocument()));
    }

    @Test
    void aVersionTakenWhileThePageIsOpenJoinsTheListAndTheVersionBeingReadStays() throws InterruptedException {
        MeetingId held = World.heldMeeting(meetings, world.a());
        versions.edited(world.a().member(), held.notesDocument(), new ReadableSnapshot("<p>Första utkastet</p>",
                "Första utkastet", 2));
        login(world.a().member());
        UI.getCurrent().navigate(CollabLinks.versions(held.notesDocument()));
        assertThat(_find(ListItem.class)).hasSize(1);
        _click(_get(_find(ListItem.class).getFirst(), Button.class));

        // Meanwhile, on the meeting's page, the process leader approves the minutes.
        meetings.approve(world.a().processLeader(), held);

        awaitUi(() -> assertThat(_find(ListItem.class)).hasSize(2));
        assertThat(_find(ListItem.class).getFirst().getElement().getTextRecursively()).contains("Godkänd");
        assertThat(_get(Paragraph.class, spec -> spec.withText("En ny version har sparats."))
                .getElement().getAttribute("role")).isEqualTo("status");
        assertThat(_get(H2.class, spec -> spec.withId("version-heading")).getText())
                .as("the version being read stays open").startsWith("Version från ");
    }

    @Test
    void someoneRemovedFromTheTeamWhileThePageIsOpenIsNotShownTheNextVersion() throws InterruptedException {
        MeetingId held = World.heldMeeting(meetings, world.a());
        versions.edited(world.a().member(), held.notesDocument(), new ReadableSnapshot("<p>Utkast</p>", "Utkast", 2));
        login(world.a().member());
        UI.getCurrent().navigate(CollabLinks.versions(held.notesDocument()));
        assertThat(_find(ListItem.class)).hasSize(1);

        // The organiser moves the member out of the team; then the minutes are approved.
        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());
        meetings.approve(world.a().processLeader(), held);

        awaitUi(() -> assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Versionerna finns inte eller så har du inte tillgång till dem."))).hasSize(1));
        _assertNone(ListItem.class);
    }
}
