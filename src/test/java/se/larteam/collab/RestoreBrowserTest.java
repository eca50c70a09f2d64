package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;

/**
 * Restoring in real browsers: a member writes the notes (her editor's readable copy takes the first version), then
 * writes more; the process leader opens "Versioner", shows that version and restores it; the member's open editor
 * turns back to the old text, once, and the process leader's page says it is restored. (Editor helpers from
 * {@link CoEditingBrowserTest}: text without caret labels, typing at the end.)
 */
class RestoreBrowserTest extends HttpTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CollabHistoryService history;

    @Test
    void aRestoreReachesTheOtherOpenEditor() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());
        String doc = meeting.notesDocument();

        try (Browser anna = Browser.start(); Browser per = Browser.start()) {
            signIn(anna, world.a().member());
            anna.driver().get(url("/mote/" + meeting.value()).toString());
            CoEditingBrowserTest.typeAtEnd(anna, "Första versionen");
            anna.waiting().until(d -> history.versions(world.a().member(), doc).stream()
                    .anyMatch(v -> history.version(world.a().member(), v.id()).text().equals("Första versionen")));
            CoEditingBrowserTest.typeAtEnd(anna, " och sedan mer");
            anna.waiting().until(d -> CoEditingBrowserTest.text(anna).equals("Första versionen och sedan mer"));

            signIn(per, world.a().processLeader());
            per.driver().get(url("/" + CollabLinks.versions(doc)).toString());
            per.waiting().until(d -> d.findElement(By.cssSelector("#versions vaadin-button"))).click();
            per.waiting().until(d -> d.findElement(By.id("version-content")).getText().equals("Första versionen"));
            per.waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Återställ")).findFirst().orElse(null)).click();

            per.waiting().until(d -> per.mainText().contains("Versionen är återställd."));
            anna.waiting().until(d -> CoEditingBrowserTest.text(anna).equals("Första versionen"));
            assertThat(CoEditingBrowserTest.text(anna)).isEqualTo("Första versionen");
            per.waiting().until(d -> CoEditingBrowserTest.text(per).equals("Första versionen"));
            per.screenshot("versions-restored");
        }
    }
}
