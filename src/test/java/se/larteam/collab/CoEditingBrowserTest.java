package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.AppNodes;
import se.larteam.testing.Browser;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserService;

/**
 * Two people co-edit one meeting's notes in real browsers, each signed in at {@code /login} on another application
 * node (two Spring contexts on one MongoDB-compatible server, as in {@code TwoNodesTest}): they type in turns into
 * the same paragraph without waiting for each other, and both end with the same text holding both contributions,
 * saved ("Sparat") and still there after a reload. Each sees the other's named caret (awareness relayed between
 * the nodes), and again once one of them has reloaded the page.
 */
class CoEditingBrowserTest {

    private static StandaloneEmbeddedServer sharedServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        sharedServer = StandaloneEmbeddedServer.start("memory", null); // the nodes' own set-up
        String uri = sharedServer.connectionString();
        String database = "lt_coedit_" + UUID.randomUUID().toString().replace("-", "");
        nodeA = AppNodes.start(uri, database, false);
        nodeB = AppNodes.start(uri, database, true);
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (sharedServer != null) {
            sharedServer.close();
        }
    }

    private static String base(ConfigurableApplicationContext node) {
        return AppNodes.base(node);
    }

    @Test
    void twoPeopleOnTwoNodesTypeIntoTheSameParagraphAndEndWithTheSameText() throws Exception {
        UserService users = nodeA.getBean(UserService.class);
        World world = World.create(users, nodeA.getBean(ProgramService.class), nodeA.getBean(TeamService.class));
        MeetingId meeting = World.meeting(nodeA.getBean(MeetingService.class), world.a());
        String member = users.profile(world.a().member()).email();
        String leader = users.profile(world.a().processLeader()).email();
        String leaderName = users.profile(world.a().processLeader()).displayName();
        String memberName = users.profile(world.a().member()).displayName();

        try (Browser anna = Browser.start(); Browser per = Browser.start()) {
            openNotes(anna, base(nodeA), member, meeting);
            openNotes(per, base(nodeB), leader, meeting);
            awaitState(anna, "Sparat");
            awaitState(per, "Sparat");

            List<String> words = new ArrayList<>();
            for (int round = 1; round <= 4; round++) {
                typeAtEnd(anna, "anna" + round + " ");
                typeAtEnd(per, "per" + round + " ");
                words.add("anna" + round);
                words.add("per" + round);
            }

            anna.waiting().until(d -> text(anna).equals(text(per)) && words.stream().allMatch(text(anna)::contains));
            String together = text(anna);
            assertThat(text(per)).isEqualTo(together);
            for (String word : words) {
                assertThat(together.split(word, -1)).as("%s once in %s", word, together).hasSize(2);
            }
            assertThat(paragraphs(anna)).as("one paragraph").isEqualTo(1);
            awaitState(anna, "Sparat");
            awaitState(per, "Sparat");
            // Named carets across the nodes: awareness accepted on one node reaches the other one's editor.
            awaitCaret(anna, leaderName);
            awaitCaret(per, memberName);

            per.driver().navigate().refresh();
            editor(per);
            per.waiting().until(d -> text(per).equals(together));
            awaitState(per, "Sparat");
            anna.screenshot("co-editing-node-a");
            per.screenshot("co-editing-node-b");

            // After the reload both place their cursors again (a reloaded editor is a new awareness client).
            typeAtEnd(per, "hej ");
            typeAtEnd(anna, "hallå ");
            awaitCaret(anna, leaderName);
            awaitCaret(per, memberName);
            anna.screenshot("co-editing-carets");
        }
    }

    private static void openNotes(Browser browser, String base, String email, MeetingId meeting) {
        browser.driver().get(base + "/login");
        browser.submitLogin(email, TestAccounts.PASSWORD);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mina lärteam"));
        browser.driver().get(base + "/mote/" + meeting.value());
        editor(browser);
    }

    /** The editing area once the module has loaded and the server has let this person write. */
    static WebElement editor(Browser browser) {
        return browser.waiting().until(d -> {
            WebElement area = d.findElement(By.cssSelector("larteam-collab-editor .ProseMirror"));
            return "true".equals(area.getAttribute("contenteditable")) ? area : null;
        });
    }

    static void typeAtEnd(Browser browser, String text) {
        WebElement area = editor(browser);
        // Centred first, so the app's header bar does not take the click.
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), text);
    }

    /** The document's text without the other people's caret labels (decorations inside the editing area). */
    static String text(Browser browser) {
        return String.valueOf(browser.driver().executeScript("""
                const copy = document.querySelector('larteam-collab-editor .ProseMirror').cloneNode(true);
                copy.querySelectorAll('.collaboration-carets__caret').forEach(c => c.remove());
                return copy.textContent.trim();"""));
    }

    private static long paragraphs(Browser browser) {
        return (Long) browser.driver().executeScript(
                "return document.querySelectorAll('larteam-collab-editor .ProseMirror > p').length;");
    }

    private static String caretNames(Browser browser) {
        return String.valueOf(browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('larteam-collab-editor .collaboration-carets__label'))
                    .map(l => l.textContent).join('|');"""));
    }

    /** Waits (generously: carets of another node come through the database) for a caret labelled with the name. */
    private static void awaitCaret(Browser browser, String name) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> caretNames(browser).contains(name));
        } catch (TimeoutException e) {
            throw new AssertionError("no caret named " + name + "; carets: " + caretNames(browser), e);
        }
    }

    static void awaitState(Browser browser, String state) {
        try {
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("larteam-collab-editor .lce-state"),
                    state));
        } catch (TimeoutException e) {
            throw new AssertionError("editor state: " + browser.driver().executeScript("""
                    const e = document.querySelector('larteam-collab-editor');
                    return JSON.stringify({status: e.status, synced: e.synced, unsynced: e.unsynced, denied: e.denied,
                        scope: e.provider && e.provider.authorizedScope});"""), e);
        }
    }
}
