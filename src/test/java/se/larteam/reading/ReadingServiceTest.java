package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

@SpringBootTest
class ReadingServiceTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    ReadingService readings;
    @Autowired
    GridFsTemplate gridFs;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    static ReadingDraft draft(String title) {
        return new ReadingDraft(title, List.of("Helen Timperley"), 2013, ReadingKind.BOOK_CHAPTER, "Natur & Kultur",
                "", "", "sv", "Om lärande för skolledare.", List.of("kollegialt lärande"), Evidence.RESEARCH,
                List.of("Vad prövar vi till nästa gång?"));
    }

    @Test
    void aTeamsOwnReadingStaysInsideTheTeam() {
        ReadingId own = readings.addToTeam(world.a().member(), world.a().team(), draft("Det professionella lärandets inneboende kraft"));

        assertThat(readings.get(world.a().processLeader(), own).title()).isEqualTo("Det professionella lärandets inneboende kraft");
        assertThat(readings.get(world.a().member(), own).scope()).isEqualTo(ReadingScope.TEAM);
        // Foreign ids: a member of team B, the reader, the organiser (safe room), an administrator and an outsider.
        for (var stranger : List.of(world.b().member(), world.b().processLeader(), world.a().reader(),
                world.a().organiser(), world.admin(), world.outsider())) {
            assertThatThrownBy(() -> readings.get(stranger, own)).as(stranger.toString())
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> readings.update(stranger, own, draft("Ändrad"))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> readings.addNote(stranger, own, null, "Hej")).isInstanceOf(NotPermittedException.class);
        }
        assertThat(readings.library(world.a().reader(), world.a().program(), ReadingFilter.none(), 0, 50)).isEmpty();
        assertThat(readings.library(world.a().organiser(), world.a().program(), ReadingFilter.none(), 0, 50)).isEmpty();
        assertThat(readings.library(world.a().member(), world.a().program(), ReadingFilter.none(), 0, 50))
                .extracting(ReadingSummary::id).containsExactly(own);
    }

    @Test
    void aProcessLeaderSharesAReadingAndTheWholeProgramSeesIt() {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), draft("Delad text"));
        assertThat(readings.get(world.a().member(), id).mayShare()).isFalse();
        assertThatThrownBy(() -> readings.share(world.a().member(), id)).isInstanceOf(NotPermittedException.class);

        readings.share(world.a().processLeader(), id);

        ReadingDetails asReader = readings.get(world.a().reader(), id);
        assertThat(asReader.scope()).isEqualTo(ReadingScope.LIBRARY);
        assertThat(asReader.teamName()).isEqualTo("Lärteam A");
        assertThat(asReader.mayEdit()).isFalse();
        assertThat(asReader.mayWriteNotes()).isFalse();
        assertThat(readings.get(world.a().organiser(), id).mayEdit()).isTrue();
        assertThat(readings.count(world.a().reader(), world.a().program(), ReadingFilter.none())).isEqualTo(1);
        assertThat(readings.teamReadings(world.a().member(), world.a().team())).isEmpty();
        assertThatThrownBy(() -> readings.get(world.b().member(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.get(world.outsider(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.library(world.b().reader(), world.a().program(), ReadingFilter.none(), 0, 10))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void readersBrowseTheLibraryButSeeNoTeamReadingsAndAddNothing() {
        ReadingId library = readings.addToLibrary(world.a().organiser(), world.a().program(), draft("Bibliotekstext"));
        readings.addToTeam(world.a().member(), world.a().team(), draft("Teamets text"));

        assertThat(readings.library(world.a().reader(), world.a().program(), ReadingFilter.none(), 0, 10))
                .extracting(ReadingSummary::title).containsExactly("Bibliotekstext");
        assertThat(readings.overview(world.a().reader(), world.a().program()).mayAddToLibrary()).isFalse();
        assertThatThrownBy(() -> readings.addToLibrary(world.a().reader(), world.a().program(), draft("X")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.addToLibrary(world.a().member(), world.a().program(), draft("X")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.addToTeam(world.a().organiser(), world.a().team(), draft("X")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.addNote(world.a().reader(), library, null, "Bra!"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(readings.addToLibrary(world.a().processLeader(), world.a().program(), draft("Från processledaren")))
                .isNotNull();
    }

    @Test
    void theLibraryIsFilteredAndPaged() {
        var organiser = world.a().organiser();
        var program = world.a().program();
        readings.addToLibrary(organiser, program, new ReadingDraft("Kollegialt lärande i förskolan", List.of("Anna Berg"),
                2019, ReadingKind.REPORT, "Skolverket", "", "", "sv", "Om förskolans lärande.",
                List.of("kollegialt lärande", "förskola"), Evidence.PROVEN_EXPERIENCE, List.of()));
        readings.addToLibrary(organiser, program, new ReadingDraft("Visible learning", List.of("John Hattie"), 2009,
                ReadingKind.BOOK_CHAPTER, "Routledge", "", "", "en", "Meta-analyses.", List.of("undervisning"),
                Evidence.RESEARCH, List.of()));
        for (int i = 0; i < 5; i++) {
            readings.addToLibrary(organiser, program, new ReadingDraft("Rapport " + i, List.of(), 2020 + i,
                    ReadingKind.REPORT, "", "", "", "sv", "", List.of("kollegialt lärande"), Evidence.RESEARCH, List.of()));
        }

        ReadingFilter theme = new ReadingFilter(null, "kollegialt lärande", 2019, 2021, null, null, null);
        assertThat(readings.library(world.a().reader(), program, theme, 0, 10)).extracting(ReadingSummary::title)
                .containsExactly("Rapport 1", "Rapport 0", "Kollegialt lärande i förskolan");
        assertThat(readings.count(world.a().reader(), program, theme)).isEqualTo(3);
        assertThat(readings.library(world.a().reader(), program, new ReadingFilter("HATTIE", null, null, null, null,
                null, null), 0, 10)).extracting(ReadingSummary::title).containsExactly("Visible learning");
        assertThat(readings.count(world.a().reader(), program, new ReadingFilter(null, null, null, null, null,
                Evidence.PROVEN_EXPERIENCE, null))).isEqualTo(1);
        assertThat(readings.count(world.a().reader(), program, new ReadingFilter("(.*", null, null, null, null, null,
                null))).isZero();
        assertThat(readings.library(world.a().reader(), program, ReadingFilter.none(), 2, 3))
                .extracting(ReadingSummary::title).containsExactly("Rapport 2", "Rapport 1", "Rapport 0");
        assertThat(readings.overview(world.a().reader(), program).themes()).contains("kollegialt lärande", "förskola",
                "ledarskap");
    }

    @Test
    void mistakesAreExplainedInSwedishTerms() {
        assertInvalid(draft("  "), "title", "reading.title.required");
        assertInvalid(withYear(1500), "year", "reading.year.range");
        assertInvalid(withYear(2999), "year", "reading.year.range");
        assertInvalid(withDoi("11.1234/abc"), "doi", "reading.doi.invalid");
        assertInvalid(withDoi("https://example.com/10.1234/abc"), "doi", "reading.doi.invalid");
        assertInvalid(withUrl("javascript:alert(1)"), "url", "reading.url.invalid");
        assertInvalid(withUrl("JaVaScRiPt:alert(1)//https://x.se"), "url", "reading.url.invalid");
        assertInvalid(withUrl("ftp://example.com/a.pdf"), "url", "reading.url.invalid");
        assertInvalid(withUrl("www.skolverket.se"), "url", "reading.url.invalid");
        assertInvalid(draft("x".repeat(301)), "title", "validation.too-long");
        ReadingDraft longSummary = new ReadingDraft("T", List.of(), 2020, ReadingKind.ARTICLE, "", "", "", "sv",
                "s".repeat(10_001), List.of(), Evidence.RESEARCH, List.of());
        assertInvalid(longSummary, "summary", "validation.too-long");
        ReadingDraft noKind = new ReadingDraft("T", List.of(), 2020, null, "", "", "", "sv", "", List.of(),
                Evidence.RESEARCH, List.of());
        assertInvalid(noKind, "kind", "reading.kind.required");
        ReadingDraft german = new ReadingDraft("T", List.of(), 2020, ReadingKind.ARTICLE, "", "", "", "de", "",
                List.of(), Evidence.RESEARCH, List.of());
        assertInvalid(german, "language", "reading.language.invalid");
        assertThat(readings.library(world.a().member(), world.a().program(), ReadingFilter.none(), 0, 10)).isEmpty();
    }

    @Test
    void doisAndLinksAreNormalised() {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft(" Titel ",
                List.of(" Helen Timperley ", ""), 2011, ReadingKind.ARTICLE, "", "https://doi.org/10.1080/00131911.2011.ABC",
                " https://www.skolverket.se/kollegialt-larande ", "", "", List.of("Kollegialt lärande", "kollegialt  lärande",
                        "egen tagg"), Evidence.RESEARCH, List.of("", "Vad säger texten om oss?")));

        ReadingDraft stored = readings.get(world.a().member(), id).content();
        assertThat(stored.title()).isEqualTo("Titel");
        assertThat(stored.authors()).containsExactly("Helen Timperley");
        assertThat(stored.doi()).isEqualTo("10.1080/00131911.2011.abc");
        assertThat(stored.url()).isEqualTo("https://www.skolverket.se/kollegialt-larande");
        assertThat(stored.language()).isEqualTo("sv");
        assertThat(stored.themes()).containsExactly("kollegialt lärande", "egen tagg");
        assertThat(stored.discussionQuestions()).containsExactly("Vad säger texten om oss?");
        assertThat(ReadingValidation.doi("doi:10.1234/ABC")).isEqualTo("10.1234/abc");
        assertThat(ReadingValidation.doi("http://dx.doi.org/10.1234/x")).isEqualTo("10.1234/x");
        assertThat(ReadingValidation.url("HTTP://Example.com/a")).isEqualTo("HTTP://Example.com/a");
    }

    @Test
    void notesAreThreadedOneLevel() {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), draft("Text"));
        readings.addNote(world.a().member(), id, null, "Det här känner jag igen.");
        String first = readings.get(world.a().member(), id).notes().get(0).id();
        readings.addNote(world.a().processLeader(), id, first, "Berätta mer på träffen!");
        String reply = readings.get(world.a().member(), id).notes().get(0).replies().get(0).id();
        readings.addNote(world.a().member(), id, reply, "Gärna.");

        List<ReadingNote> notes = readings.get(world.a().member(), id).notes();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).authorName()).isEqualTo("Deltagare A");
        assertThat(notes.get(0).replies()).extracting(ReadingNote::text).containsExactly("Berätta mer på träffen!", "Gärna.");
        assertThatThrownBy(() -> readings.addNote(world.a().member(), id, null, " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPdfIsStoredWithItsTextAndThumbnailAndOfferedToThoseWhoMaySeeIt() throws Exception {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), draft("Med PDF"));
        byte[] pdf = TestPdfs.withText("Skolutveckling på vetenskaplig grund – Åsa Öberg");

        readings.attachPdf(world.a().member(), id, "C:\\Users\\asa\\Rapport om skolutveckling.pdf", pdf);

        ReadingDetails details = readings.get(world.a().member(), id);
        assertThat(details.attachment().fileName()).isEqualTo("Rapport om skolutveckling.pdf");
        assertThat(details.attachment().pages()).isEqualTo(1);
        assertThat(details.attachment().size()).isEqualTo(pdf.length);
        assertThat(readings.pdf(world.a().processLeader(), id).bytes()).isEqualTo(pdf);
        byte[] png = readings.thumbnail(world.a().member(), id).bytes();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PdfAttachments.THUMBNAIL_WIDTH);
        assertThat(readings.count(world.a().member(), world.a().program(),
                new ReadingFilter("vetenskaplig grund – åsa öberg", null, null, null, null, null, null))).isEqualTo(1);
        assertThatThrownBy(() -> readings.pdf(world.b().member(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.pdf(world.a().reader(), id)).isInstanceOf(NotPermittedException.class);
        assertThat(storedFilesOf(id)).isEqualTo(2);

        readings.attachPdf(world.a().member(), id, "ny.pdf", TestPdfs.withText("Ny version"));
        assertThat(storedFilesOf(id)).as("the replaced files are gone").isEqualTo(2);
        readings.delete(world.a().member(), id);
        assertThat(storedFilesOf(id)).isZero();
    }

    @Test
    void badFilesAreRefusedWithClearReasonsAndNothingIsLeftBehind() {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), draft("Utan PDF"));
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';

        assertPdfRefused(id, "program.pdf", exe, "reading.pdf.not-pdf");
        assertPdfRefused(id, "tom.pdf", new byte[0], "reading.pdf.empty");
        assertPdfRefused(id, "skyddad.pdf", TestPdfs.encrypted("Hemligt"), "reading.pdf.encrypted");
        assertPdfRefused(id, "trasig.pdf", "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII),
                "reading.pdf.broken");
        byte[] huge = new byte[PdfAttachments.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertPdfRefused(id, "stor.pdf", huge, "reading.pdf.too-large");
        assertThatThrownBy(() -> readings.attachPdf(world.b().member(), id, "x.pdf", TestPdfs.withText("x")))
                .isInstanceOf(NotPermittedException.class);

        assertThat(storedFilesOf(id)).isZero();
        assertThat(readings.get(world.a().member(), id).attachment()).isNull();
    }

    private void assertPdfRefused(ReadingId id, String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> readings.attachPdf(world.a().member(), id, name, bytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pdf");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private int storedFilesOf(ReadingId id) {
        List<Object> found = new java.util.ArrayList<>();
        gridFs.find(Query.query(Criteria.where("metadata.readingId").is(id.value()))).into(found);
        return found.size();
    }

    private void assertInvalid(ReadingDraft draft, String field, String key) {
        assertThatThrownBy(() -> readings.addToTeam(world.a().member(), world.a().team(), draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private static ReadingDraft withYear(int year) {
        return new ReadingDraft("T", List.of(), year, ReadingKind.ARTICLE, "", "", "", "sv", "", List.of(),
                Evidence.RESEARCH, List.of());
    }

    private static ReadingDraft withDoi(String doi) {
        return new ReadingDraft("T", List.of(), 2020, ReadingKind.ARTICLE, "", doi, "", "sv", "", List.of(),
                Evidence.RESEARCH, List.of());
    }

    private static ReadingDraft withUrl(String url) {
        return new ReadingDraft("T", List.of(), 2020, ReadingKind.ARTICLE, "", "", url, "sv", "", List.of(),
                Evidence.RESEARCH, List.of());
    }
}
