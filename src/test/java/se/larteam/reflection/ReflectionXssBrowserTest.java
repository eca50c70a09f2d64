package se.larteam.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.team.TeamLinks;
import se.larteam.team.TeamRole;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.testing.XssCorpus;
import se.larteam.testing.XssTrap;
import se.larteam.user.UserId;

/**
 * Stored XSS through reflections: every payload of the shared corpus is saved, through the services and as the
 * people who would write it, as a reflection's title and theme, in a body and as a comment. Then the pages that show
 * them are opened in headless Chromium as the people who see them (the reflection, the author's log and editor,
 * the team space, the process leader's inbox, both bells with their dialogs open, a reply and an edit opened), and
 * no payload may run; the payloads are shown, as text.
 */
class ReflectionXssBrowserTest extends HttpTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    se.larteam.collab.CollabService collab;

    @Test
    void noStoredPayloadRunsWhereReflectionsAreShown() throws Exception {
        World.Side a = World.create(users, programs, teams).a();
        UserId colleague = a.spare();
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);
        List<String> payloads = XssCorpus.payloads();
        List<String> shown = payloads.stream().map(String::strip).toList();

        // One reflection per payload (title and theme); the first holds every payload in its body.
        List<ReflectionId> ids = new ArrayList<>();
        for (String payload : payloads) {
            String body = ids.isEmpty() ? String.join("\n", payloads) : payload;
            ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, payload, payload,
                    body, Visibility.TEAM));
            reflections.share(a.member(), id);
            ids.add(id);
        }
        ReflectionId first = ids.get(0);
        // The first body as the author's editor stores it: every payload a paragraph of the co-edited document,
        // through /collab and the readable copy (ProseMirror JSON to sanitised HTML).
        ReflectionBodies.sendThroughEditor(port, collab, a.member(), first, ReflectionBodies.paragraphs(payloads), 1);
        assertThat(reflections.details(a.member(), first).body()).isEqualTo(String.join("\n", payloads).strip());
        for (String payload : payloads) {
            reflections.addComment(colleague, first, null, payload);
        }
        // Newest last, so the author's bell (which keeps 100) names the first 100 titles; the process leader's
        // bell names the last 100 ("shared").
        for (int i = ids.size() - 1; i >= 0; i--) {
            reflections.addComment(colleague, ids.get(i), null, "Tack för att du delar!");
        }

        try (Browser browser = Browser.start()) {
            signIn(browser, a.member());
            open(browser, "/reflektion/" + first.value(), shown.get(shown.size() - 1));
            XssTrap.assertNotSprung(browser, "the reflection page");
            assertThat(XssTrap.text(browser)).contains(shown);
            click(browser, "Svara");
            browser.waiting().until(d -> d.findElements(By.tagName("vaadin-text-area")).size() == 2);
            XssTrap.assertNotSprung(browser, "the reflection page with a reply open");

            open(browser, "/reflektioner", shown.get(0));
            XssTrap.assertNotSprung(browser, "the author's log");
            assertThat(XssTrap.text(browser)).contains(shown);

            open(browser, "/skriv-reflektion/" + first.value(), "");
            browser.waiting().until(d -> shown.get(0).equals(d.findElement(By.tagName("vaadin-text-field"))
                    .getDomProperty("value")));
            XssTrap.assertNotSprung(browser, "the reflection editor");

            open(browser, "/" + TeamLinks.team(a.team()), shown.get(0));
            XssTrap.assertNotSprung(browser, "the team space");
            assertThat(XssTrap.text(browser)).contains(shown);

            openBell(browser, shown.get(0));
            XssTrap.assertNotSprung(browser, "the author's notifications");
            assertThat(XssTrap.text(browser)).contains(shown.subList(0, 100));

            browser.driver().manage().deleteAllCookies();
            signIn(browser, colleague);
            open(browser, "/reflektion/" + first.value(), shown.get(shown.size() - 1));
            click(browser, "Ändra");
            browser.waiting().until(d -> d.findElements(By.tagName("vaadin-text-area")).size() == 2);
            assertThat(browser.driver().executeScript(
                    "return document.querySelectorAll('vaadin-text-area')[0].value;")).isEqualTo(shown.get(0));
            XssTrap.assertNotSprung(browser, "the reflection page with a comment being edited");

            browser.driver().manage().deleteAllCookies();
            signIn(browser, a.processLeader());
            open(browser, "/vantar-pa-kommentar", shown.get(0));
            // The inbox shows the oldest fifty at a time: ask for the rest, each time a new batch is on the page.
            for (int batch = 50; batch < shown.size(); batch += 50) {
                String last = shown.get(Math.min(batch + 50, shown.size()) - 1);
                var more = browser.waiting().until(d -> d.findElement(
                        By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Visa ')]")));
                browser.driver().executeScript("arguments[0].click();", more);
                browser.waiting().until(d -> XssTrap.text(browser).contains(last));
            }
            XssTrap.assertNotSprung(browser, "the process leader's inbox");
            assertThat(XssTrap.text(browser)).contains(shown);

            openBell(browser, shown.get(shown.size() - 1));
            XssTrap.assertNotSprung(browser, "the process leader's notifications");
            assertThat(XssTrap.text(browser)).contains(shown.subList(shown.size() - 100, shown.size()));

            open(browser, "/reflektion/" + ids.get(ids.size() - 1).value(), shown.get(shown.size() - 1));
            XssTrap.assertNotSprung(browser, "a reflection opened by the process leader");
        }
    }

    /** Clicks the first button with this text, by script: far down a long page the navbar may cover it. */
    private static void click(Browser browser, String text) {
        var button = browser.waiting().until(d -> d.findElement(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
        browser.driver().executeScript("arguments[0].click();", button);
    }

    private static void openBell(Browser browser, String expected) {
        browser.waiting().until(d -> d.findElement(By.cssSelector("vaadin-button[aria-label^='Notiser']"))).click();
        browser.waiting().until(d -> XssTrap.text(browser).contains("Markera alla som lästa")
                && XssTrap.text(browser).contains(expected));
    }
}
