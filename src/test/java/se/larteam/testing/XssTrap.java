package se.larteam.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trap of the stored-XSS tests: every payload of {@link XssCorpus} sets {@code window.__xss} if it runs. Before
 * reading the flag, a canary (raw HTML with an error handler, injected by the test itself) must have run on the
 * same page: that proves inline handlers execute there, and that the error events of the payloads' broken images,
 * queued before it, have been handled.
 */
public final class XssTrap {

    private XssTrap() {
    }

    /** Waits for the canary, then asserts no payload ran on the page now shown. */
    public static void assertNotSprung(Browser browser, String page) {
        var driver = browser.driver();
        driver.executeScript("window.__canary = undefined; document.body.insertAdjacentHTML('beforeend',"
                + " '<img id=\"xss-canary\" src=\"/no-such-image-\" onerror=\"window.__canary=1;this.remove()\">');");
        browser.waiting().until(d -> Long.valueOf(1).equals(driver.executeScript("return window.__canary;")));
        Object sprung = driver.executeScript("return typeof window.__xss === 'undefined' ? null : String(window.__xss);");
        assertThat(sprung).as("payload %s ran on %s", sprung, page).isNull();
    }

    /** The page's whole text as the DOM holds it (overlays such as dialogs included), for "shown as text" checks. */
    public static String text(Browser browser) {
        return (String) browser.driver().executeScript("return document.body.textContent;");
    }
}
