package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.socket.CloseStatus;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/**
 * The co-editor offline and its toolbar, in a real browser. Offline means the editor's websocket alone is cut
 * (Chromium's network emulation set offline for {@code ws://…/collab} only, plus the server closing the open socket
 * as a restart would), while the page itself still loads: what is typed stays in the browser (IndexedDB) through a
 * reload and a closed tab, the editor says so in Swedish, and once the socket may connect again the text reaches the
 * stored log, once, and another person's fresh browser. When the whole browser is back online, the editor connects
 * at once rather than at the provider's next (backed-off) attempt. The toolbar is used with the keyboard only.
 * (Editor helpers from {@link CoEditingBrowserTest}.)
 */
class OfflineEditingBrowserTest extends HttpTest {

    static final String OFFLINE = "Offline – ändringar sparas när anslutningen är tillbaka";
    /** Only the editor's socket: the page and the editor's module ({@code /collab/collab-editor.js}) still load. */
    private static final String COLLAB_SOCKET = "ws://*:*/collab";
    /** TipTap's StarterKit keeps an empty paragraph after a last block that is not one (its TrailingNode). */
    private static final String TRAILING = "(<p><br class=\"ProseMirror-trailingBreak\"></p>)?";

    @Autowired
    MeetingService meetings;
    @Autowired
    CollabHandler handler;
    @Autowired
    UpdateLog log;

    @Test
    void editsMadeOfflineSurviveAReloadAndAClosedTabAndReachTheServerOnce() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());
        String page = url("/mote/" + meeting.value()).toString();

        try (Browser anna = Browser.start()) {
            openNotes(anna, world.a().member(), meeting);
            CoEditingBrowserTest.typeAtEnd(anna, "Före avbrottet.");
            CoEditingBrowserTest.awaitState(anna, "Sparat");
            anna.waiting().until(d -> stored(meeting).contains("Före avbrottet."));

            cutSocket(anna, true);
            handler.closeAll(CloseStatus.SERVICE_RESTARTED);
            CoEditingBrowserTest.typeAtEnd(anna, " Skrivet offline.");
            CoEditingBrowserTest.awaitState(anna, OFFLINE);
            anna.screenshot("offline-typed");

            anna.driver().navigate().refresh();
            CoEditingBrowserTest.editor(anna);
            anna.waiting().until(d -> CoEditingBrowserTest.text(anna).equals("Före avbrottet. Skrivet offline."));
            CoEditingBrowserTest.awaitState(anna, OFFLINE);
            CoEditingBrowserTest.typeAtEnd(anna, " Efter omladdningen.");
            anna.waiting().until(d -> CoEditingBrowserTest.text(anna).endsWith("Efter omladdningen."));

            // A closed tab: a new one (its socket cut before it opens the page) takes over from IndexedDB.
            String first = anna.driver().getWindowHandle();
            anna.driver().switchTo().newWindow(WindowType.TAB);
            String second = anna.driver().getWindowHandle();
            cutSocket(anna, true);
            anna.driver().switchTo().window(first).close();
            anna.driver().switchTo().window(second);
            anna.driver().get(page);
            CoEditingBrowserTest.editor(anna);
            String offlineText = "Före avbrottet. Skrivet offline. Efter omladdningen.";
            anna.waiting().until(d -> CoEditingBrowserTest.text(anna).equals(offlineText));
            CoEditingBrowserTest.awaitState(anna, OFFLINE);
            assertThat(stored(meeting)).as("nothing reached the server while offline")
                    .contains("Före avbrottet.").doesNotContain("offline").doesNotContain("omladdningen");
            anna.screenshot("offline-after-reload");

            cutSocket(anna, false);
            // The provider's back-off between attempts grows to 30 s while the socket is cut.
            new WebDriverWait(anna.driver(), Duration.ofSeconds(120)).until(d -> state(anna).equals("Sparat"));
            assertThat(CoEditingBrowserTest.text(anna)).as("no text twice after reconnecting").isEqualTo(offlineText);
            anna.waiting().until(d -> stored(meeting).contains("Efter omladdningen."));
            assertThat(stored(meeting)).contains("Före avbrottet. Skrivet offline. Efter omladdningen.");

            try (Browser per = Browser.start()) {
                openNotes(per, world.a().processLeader(), meeting);
                per.waiting().until(d -> CoEditingBrowserTest.text(per).equals(offlineText));
                CoEditingBrowserTest.awaitState(per, "Sparat");
            }
        }
    }

    @Test
    void whenTheBrowserIsBackOnlineTheEditorConnectsAtOnceAndSaves() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());

        try (Browser anna = Browser.start()) {
            openNotes(anna, world.a().member(), meeting);
            CoEditingBrowserTest.typeAtEnd(anna, "Innan.");
            CoEditingBrowserTest.awaitState(anna, "Sparat");
            browserOffline(anna, true);
            handler.closeAll(CloseStatus.SERVICE_RESTARTED);
            // Not a click: Vaadin may cover the page while its own connection is down.
            CoEditingBrowserTest.editor(anna).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Utan nät.");
            CoEditingBrowserTest.awaitState(anna, OFFLINE);
            assertThat(anna.driver().executeScript("return navigator.onLine;")).isEqualTo(false);
            // From now on, calls to the socket's connect: the provider's own retries (backing off to 30 s) do not
            // go through it, so only the editor's reaction to "online" counts.
            anna.driver().executeScript("""
                    const socket = document.querySelector('larteam-collab-editor').provider.configuration
                        .websocketProvider;
                    const connect = socket.connect.bind(socket);
                    window.lceConnects = 0;
                    socket.connect = () => { window.lceConnects++; return connect(); };""");

            browserOffline(anna, false);
            anna.waiting().until(d -> ((Number) anna.driver().executeScript("return window.lceConnects;"))
                    .intValue() > 0);
            CoEditingBrowserTest.awaitState(anna, "Sparat");
            anna.waiting().until(d -> stored(meeting).contains("Innan. Utan nät."));
        }
    }

    @Test
    void theToolbarWorksWithTheKeyboardAndShowsWhatIsOnAtTheCursor() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());

        try (Browser anna = Browser.start()) {
            openNotes(anna, world.a().member(), meeting);
            CoEditingBrowserTest.typeAtEnd(anna, "Dagens fråga");
            WebElement toolbar = anna.driver().findElement(By.cssSelector("larteam-collab-editor [role=toolbar]"));
            assertThat(toolbar.getAttribute("aria-label")).isEqualTo("Formatering");
            List<WebElement> buttons = toolbar.findElements(By.tagName("button"));
            assertThat(buttons).hasSize(4);
            assertThat(buttons).extracting(b -> b.getAttribute("aria-label"))
                    .containsExactly("Fetstil", "Kursiv", "Punktlista", "Rubrik");

            keys(anna, Keys.chord(Keys.SHIFT, Keys.HOME));
            tabBackTo(anna, "heading");
            keys(anna, Keys.ENTER);
            awaitHtml(anna, "<h[2-6]>Dagens fråga</h[2-6]>" + TRAILING);
            awaitPressed(anna, "heading", true);
            awaitPressed(anna, "bold", false);
            awaitFocusInText(anna);

            // ProseMirror reads a moved cursor a moment later: an Enter sent at once would replace the selection.
            moveUntil(anna, () -> (Boolean) anna.driver().executeScript(
                    "return document.querySelector('larteam-collab-editor').editor.state.selection.empty;"), Keys.END);
            keys(anna, Keys.ENTER, "viktigt", Keys.chord(Keys.SHIFT, Keys.HOME));
            awaitPressed(anna, "heading", false);
            tabBackTo(anna, "bold");
            keys(anna, Keys.SPACE);
            awaitHtml(anna, "<h[2-6]>Dagens fråga</h[2-6]><p><strong>viktigt</strong></p>" + TRAILING);
            awaitFocusInText(anna);
            awaitPressed(anna, "bold", true);
            anna.screenshot("toolbar-keyboard");

            // The buttons follow the cursor: into the heading and back into the bold word.
            moveUntil(anna, () -> pressed(anna, "heading"), Keys.chord(Keys.CONTROL, Keys.HOME));
            awaitPressed(anna, "bold", false);
            moveUntil(anna, () -> pressed(anna, "bold"), Keys.chord(Keys.CONTROL, Keys.HOME), Keys.DOWN, Keys.END);
            awaitPressed(anna, "heading", false);
            awaitPressed(anna, "italic", false);
            CoEditingBrowserTest.awaitState(anna, "Sparat");
        }
    }

    /**
     * Takes the editor's socket offline in the current tab ({@code false} lifts it). Chromium's URL blocking does not
     * apply to websockets, while a network condition matched by URL pattern does.
     */
    private static void cutSocket(Browser browser, boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditionsByRule", Map.of("matchedNetworkConditions",
                offline ? List.of(Map.of("urlPattern", COLLAB_SOCKET, "offline", true, "latency", 0,
                        "downloadThroughput", -1, "uploadThroughput", -1)) : List.of()));
    }

    private void openNotes(Browser browser, UserId person, MeetingId meeting) {
        signIn(browser, person);
        browser.driver().get(url("/mote/" + meeting.value()).toString());
        CoEditingBrowserTest.editor(browser);
    }

    /** The whole browser offline or back (the page's {@code offline}/{@code online} events fire). */
    private static void browserOffline(Browser browser, boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** The notes as the server stored them: the update log replayed by yjs itself. */
    private String stored(MeetingId meeting) {
        try {
            List<String> updates = log.loadAfterPending(meeting.notesDocument()).stream()
                    .map(e -> Base64.getEncoder().encodeToString(e.update())).toList();
            return NodeClient.run(new Document("scenario", "replay").append("updates", updates)).getString("xml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys to whatever has the focus (an element's sendKeys holds the modifiers of a chord, unlike Actions). */
    private static void keys(Browser browser, CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    /** Shift+Tab from the text until the toolbar button for this command has the focus (the toolbar comes first). */
    private static void tabBackTo(Browser browser, String command) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 6 && !command.equals(focusedCommand(browser)); i++) {
            keys(browser, Keys.chord(Keys.SHIFT, Keys.TAB));
            seen.add(String.valueOf(browser.driver().executeScript(
                    "const a = document.activeElement; return a ? a.outerHTML.substring(0, 120) : 'none';")));
        }
        assertThat(focusedCommand(browser)).as("focus on the toolbar button after %s", seen).isEqualTo(command);
    }

    private static String focusedCommand(Browser browser) {
        return String.valueOf(browser.driver().executeScript(
                "return document.activeElement && document.activeElement.dataset.command || '';"));
    }

    private static String html(Browser browser) {
        return String.valueOf(browser.driver().executeScript(
                "return document.querySelector('larteam-collab-editor .ProseMirror').innerHTML;"));
    }

    /**
     * A button used from the keyboard sends the focus back to the text (TipTap's focus command, a frame later, with
     * the selection as it was): keys typed before that would land on the button or be undone by the restored
     * selection.
     */
    private static void awaitFocusInText(Browser browser) {
        browser.waiting().until(d -> (Boolean) browser.driver().executeScript(
                "return document.activeElement && document.activeElement.classList.contains('ProseMirror');"));
    }

    /**
     * Cursor keys again until they took effect: right after the text gets the focus back, ProseMirror may still put
     * its own selection into the page (prosemirror-view's focus handler, 20 ms later), undoing keys no person presses
     * that fast. The keys must be idempotent.
     */
    private static void moveUntil(Browser browser, BooleanSupplier done, CharSequence... keys) {
        browser.waiting().until(d -> {
            keys(browser, keys);
            return done.getAsBoolean();
        });
    }

    private static boolean pressed(Browser browser, String command) {
        return "true".equals(browser.driver().findElement(By.cssSelector(
                "larteam-collab-editor button[data-command=" + command + "]")).getAttribute("aria-pressed"));
    }

    private static void awaitHtml(Browser browser, String regex) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "HTML " + html(browser))
                .until(d -> html(browser).matches(regex));
    }

    private static void awaitPressed(Browser browser, String command, boolean pressed) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(command + " aria-pressed=" + pressed)
                .until(d -> pressed(browser, command) == pressed);
    }

    private static String state(Browser browser) {
        return browser.driver().findElement(By.cssSelector("larteam-collab-editor .lce-state")).getText();
    }
}
