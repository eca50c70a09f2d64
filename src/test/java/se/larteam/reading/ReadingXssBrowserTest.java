package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.base.InvalidInputException;
import se.larteam.program.ProgramLinks;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.testing.XssCorpus;
import se.larteam.testing.XssTrap;

/**
 * Stored XSS through the research library: the shared corpus is imported from a RIS and a BibTeX file (titles,
 * authors, sources, abstracts, keywords, DOIs and link queries), saved through the service in a reading's summary,
 * questions, authors and notes, and typed into the reading form; the library grid (every row rendered, the theme
 * list opened) and the reading pages are then rendered in headless Chromium with the trap set. No payload runs, and
 * a javascript: address never becomes a link.
 */
class ReadingXssBrowserTest extends HttpTest {

    @Autowired
    ReadingService readings;

    private World.Side a;
    private List<String> payloads;

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
        payloads = XssCorpus.payloads();
    }

    @Test
    void javascriptAddressesAreRefusedByTheServiceAndByBothImports() {
        for (String payload : payloads) {
            String url;
            try {
                url = ReadingValidation.url(payload);
            } catch (InvalidInputException refused) {
                continue;
            }
            assertThat(url).as(payload).matches("(?i)^(https?://.*)?$");
        }
        for (String address : List.of("javascript:window.__xss=1", " JavaScript:window.__xss=1",
                "javascript://example.org/%0Awindow.__xss=1", "data:text/html,<script>window.__xss=1</script>",
                "vbscript:msgbox(1)", "//example.org/x")) {
            assertThatThrownBy(() -> readings.addToLibrary(a.organiser(), a.program(), draft("Länk", address)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reading.url.invalid"));
            String ris = "TY  - JOUR\nTI  - Farlig länk\nPY  - 2020\nUR  - " + address + "\nER  - \n";
            String bib = "@article{farlig,\n  title = {Farlig länk},\n  year = {2020},\n  url = {" + address + "}\n}\n";
            for (String file : List.of(ris, bib)) {
                ImportPreview preview = readings.previewImport(a.organiser(), a.program(), null, Evidence.RESEARCH,
                        bytes(file));
                assertThat(preview.entries()).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.problemKey()).isEqualTo("reading.url.invalid");
                });
                assertThatThrownBy(() -> readings.importReferences(a.organiser(), a.program(), null,
                        Evidence.RESEARCH, bytes(file))).isInstanceOf(InvalidInputException.class);
            }
        }
        assertThat(readings.count(a.organiser(), a.program(), ReadingFilter.none())).isZero();
    }

    @Test
    void noStoredPayloadRunsInTheLibraryOrOnAReadingPage() throws Exception {
        List<String> risTitles = importRis();
        List<String> bibTitles = importBibTeX();
        ReadingId everything = readings.addToLibrary(a.organiser(), a.program(), new ReadingDraft(payloads.get(0),
                payloads.subList(0, 50), 2024, ReadingKind.ARTICLE, payloads.get(1), "", "https://example.org/?q="
                        + URLEncoder.encode(payloads.get(2), StandardCharsets.UTF_8), "sv",
                String.join("\n", payloads), shortOnes(20), Evidence.RESEARCH, payloads.subList(50, 70)));
        for (String payload : payloads.subList(70, payloads.size())) {
            readings.addNote(a.organiser(), everything, null, payload);
        }

        try (Browser browser = Browser.start()) {
            signIn(browser, a.reader());
            open(browser, "/" + ProgramLinks.library(a.program()), "Titel");
            // A lazy grid renders the rows in view only: scroll through them all, as a reader would.
            // In the grid's order: the library page lists what its search finds, by relevance until sorted.
            List<String> titles = readings.search(a.reader(), a.program(), LibrarySearch.all(), 0, 1_000).stream()
                    .map(hit -> hit.reading().title()).toList();
            assertThat(titles).containsAll(risTitles).containsAll(bibTitles);
            StringBuilder seen = new StringBuilder();
            // Three rows at a time: long titles wrap, so a row can be several lines high.
            for (int row = 0; row < titles.size(); row += 3) {
                List<String> expected = titles.subList(row, Math.min(row + 3, titles.size()));
                browser.driver().executeScript("document.querySelector('vaadin-grid').scrollToIndex(arguments[0]);",
                        row);
                browser.waiting().until(d -> expected.stream().allMatch(XssTrap.text(browser)::contains));
                seen.append(XssTrap.text(browser));
            }
            XssTrap.assertNotSprung(browser, "the library grid, scrolled through");
            assertThat(seen.toString()).contains(titles);
            assertNoScriptLinks(browser);
            // The themes (payloads among them) are facet checkboxes with counts, shown beside the grid.
            browser.waiting().until(d -> !d.findElements(By.tagName("vaadin-checkbox")).isEmpty());
            XssTrap.assertNotSprung(browser, "the library with its theme facets");

            open(browser, "/" + ReadingLinks.reading(everything), payloads.get(payloads.size() - 1).strip());
            XssTrap.assertNotSprung(browser, "a reading page");
            assertThat(XssTrap.text(browser)).contains(payloads.stream().map(String::strip).toList());
            assertNoScriptLinks(browser);

            for (ReadingSummary imported : readings.library(a.reader(), a.program(), ReadingFilter.none(), 0, 300)
                    .stream().filter(r -> !r.id().equals(everything)).limit(6).toList()) {
                open(browser, "/" + ReadingLinks.reading(imported.id()), imported.title());
                XssTrap.assertNotSprung(browser, "the imported reading " + imported.title());
                assertNoScriptLinks(browser);
            }

            browser.driver().manage().deleteAllCookies();
            signIn(browser, a.organiser());
            String title = "<img src=x onerror=window.__xss='form'>";
            String summary = "<svg onload=window.__xss='form'> [klicka](javascript:window.__xss='form')";
            open(browser, "/" + ProgramLinks.library(a.program()) + "/ny", "Lägg till");
            field(browser, "vaadin-text-field", "Titel", "input").sendKeys(title, Keys.TAB);
            field(browser, "vaadin-text-area", "Sammanfattning", "textarea").sendKeys(summary, Keys.TAB);
            WebElement research = browser.waiting().until(d -> d.findElement(
                    By.xpath("//vaadin-radio-button[label[normalize-space(.)='Vetenskaplig grund']]")));
            browser.driver().executeScript("arguments[0].click();", research);
            WebElement link = field(browser, "vaadin-text-field", "Länk", "input");
            // Tab leaves the field, so its value reaches the server before the click.
            link.sendKeys("javascript:window.__xss='form'", Keys.TAB);
            clickButton(browser, "Lägg till");
            browser.waiting().until(d -> XssTrap.text(browser).contains("Länken måste vara en webbadress"));
            XssTrap.assertNotSprung(browser, "the reading form with a refused link");
            link.sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://example.org/rapport", Keys.TAB);
            clickButton(browser, "Lägg till");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/lasning/"));
            open(browser, new java.net.URI(browser.driver().getCurrentUrl()).getPath(), summary);
            XssTrap.assertNotSprung(browser, "a reading added with the form");
            assertThat(XssTrap.text(browser)).contains(title, summary);
            assertNoScriptLinks(browser);
        }
    }

    /** One RIS entry per payload; returns the titles as stored. */
    private List<String> importRis() {
        StringBuilder ris = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            ris.append("TY  - JOUR\nTI  - ").append(p).append("\nAU  - ").append(p).append("\nAU  - Lindqvist, Åsa")
                    .append("\nJO  - ").append(p).append("\nAB  - ").append(p).append("\nPY  - 2020\nUR  - ")
                    .append("https://example.org/las?i=").append(i).append("&q=")
                    .append(URLEncoder.encode(p, StandardCharsets.UTF_8)).append('\n');
            if (p.length() <= ReadingValidation.THEME_MAX && i % 3 == 0) {
                ris.append("KW  - ").append(p).append('\n');
            }
            if (!p.matches(".*\\s.*")) {
                ris.append("DO  - 10.1234/").append(p).append('\n');
            }
            ris.append("ER  - \n");
        }
        ImportPreview preview = readings.previewImport(a.organiser(), a.program(), null, Evidence.RESEARCH,
                bytes(ris.toString()));
        assertThat(preview.entries()).hasSize(payloads.size()).allSatisfy(e -> assertThat(e.ok())
                .as("line %d: %s %s", e.line(), e.field(), e.problemKey()).isTrue());
        assertThat(readings.importReferences(a.organiser(), a.program(), null, Evidence.RESEARCH,
                bytes(ris.toString()))).isEqualTo(payloads.size());
        return preview.entries().stream().map(ImportEntry::title).toList();
    }

    /**
     * One BibTeX entry per payload whose braces balance (an unbalanced one makes the whole file unreadable, which
     * the import refuses). LaTeX is turned into text, so what is stored may differ from the payload; entries the
     * preview finds a problem in are left out of the file imported.
     */
    private List<String> importBibTeX() {
        Map<Integer, String> entries = new HashMap<>();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            if (!balanced(p)) {
                continue;
            }
            entries.put(i, "@article{xss" + i + ",\n  title = {BibTeX " + p + "},\n  author = {" + p
                    + " and Öberg, Kerstin},\n  journal = {" + p + "},\n  abstract = {" + p + "},\n  keywords = {"
                    + (p.length() <= ReadingValidation.THEME_MAX ? p : "skolutveckling") + "},\n  year = {2021},\n"
                    + "  url = {https://example.org/bib?i=" + i + "}\n}\n");
        }
        assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
        List<Integer> order = entries.keySet().stream().sorted().toList();
        ImportPreview preview = readings.previewImport(a.organiser(), a.program(), null, Evidence.RESEARCH,
                bytes(order.stream().map(entries::get).collect(Collectors.joining())));
        assertThat(preview.entries()).hasSize(order.size());
        Set<Integer> refused = new java.util.HashSet<>();
        for (int n = 0; n < order.size(); n++) {
            if (!preview.entries().get(n).ok()) {
                refused.add(order.get(n));
            }
        }
        assertThat(order.size() - refused.size()).as("BibTeX entries importable").isGreaterThanOrEqualTo(90);
        List<Integer> kept = order.stream().filter(i -> !refused.contains(i)).toList();
        assertThat(readings.importReferences(a.organiser(), a.program(), null, Evidence.RESEARCH,
                bytes(kept.stream().map(entries::get).collect(Collectors.joining())))).isEqualTo(kept.size());
        List<String> titles = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            if (preview.entries().get(n).ok()) {
                titles.add(preview.entries().get(n).title());
            }
        }
        return titles;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !text.contains("\\");
    }

    private List<String> shortOnes(int count) {
        return payloads.stream().filter(p -> p.strip().length() <= ReadingValidation.THEME_MAX).limit(count).toList();
    }

    private static ReadingDraft draft(String title, String url) {
        return new ReadingDraft(title, List.of(), 2020, ReadingKind.ARTICLE, "", "", url, "sv", "", List.of(),
                Evidence.RESEARCH, List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every link on the page goes to http(s) or stays in the application. */
    private static void assertNoScriptLinks(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> protocols = (List<String>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.protocol);");
        assertThat(protocols).isNotEmpty().allSatisfy(p -> assertThat(p).isIn("http:", "https:"));
    }

    private static WebElement field(Browser browser, String component, String label, String input) {
        return browser.waiting().until(d -> d.findElement(By.xpath("//" + component + "[label[normalize-space(.)='"
                + label + "']]//" + input)));
    }

    private static void clickButton(Browser browser, String text) {
        WebElement button = browser.waiting().until(d -> d.findElement(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
        browser.driver().executeScript("arguments[0].click();", button);
    }
}
