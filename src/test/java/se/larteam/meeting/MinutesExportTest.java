package se.larteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.sun.net.httpserver.HttpServer;

import se.larteam.program.ProgramService;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Minutes as PDF and Markdown: Swedish names intact, nothing fetched from outside, the safe room kept. */
@SpringBootTest
class MinutesExportTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    private World.Side a;
    private UserId organiser;
    private MeetingId meeting;

    @BeforeEach
    void aMeetingWithSwedishNames() {
        World world = World.create(users, programs, teams);
        a = world.a();
        organiser = a.organiser();
        UserId asa = TestAccounts.person(users, "Åsa Öberg").id();
        UserId mikael = TestAccounts.person(users, "Mikael Ängström").id();
        teams.putMember(organiser, a.team(), asa, TeamRole.MEMBER);
        teams.putMember(organiser, a.team(), mikael, TeamRole.MEMBER);
        LocalDate today = LocalDate.now(clock);
        meeting = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today, LocalTime.of(13, 0),
                LocalTime.of(15, 30), "Rum Ängen"), List.of("Uppföljning", "Läsning: Hattie om återkoppling"));
        meetings.setAttendance(asa, meeting, asa, Attendance.PRESENT);
        meetings.setAttendance(asa, meeting, mikael, Attendance.EXCUSED);
        meetings.saveNotes(asa, meeting, "Vi talade om återkoppling.\n<img src=\"http://127.0.0.1:9/x.png\"/> "
                + "<a href=\"file:///etc/passwd\">länk</a>");
        meetings.saveDecisions(asa, meeting, "Vi läser vidare till nästa gång.");
        meetings.addAction(asa, meeting, new NewAction("Pröva exit tickets", mikael, today.plusDays(20)));
    }

    @Test
    void thePdfCarriesSwedishNamesAndStoredMarkupAsPlainText() throws Exception {
        meetings.markHeld(a.member(), meeting);
        meetings.approve(a.processLeader(), meeting);

        String text = pdfText(meetings.minutesPdf(a.member(), meeting, Locale.forLanguageTag("sv")));

        assertThat(text).contains("Åsa Öberg: Närvarande").contains("Mikael Ängström: Anmält förhinder")
                .contains("Pröva exit tickets – Mikael Ängström").contains("Rum Ängen")
                .contains("Vi talade om återkoppling.").contains("<img src=\"http://127.0.0.1:9/x.png\"/>")
                .contains("Till nästa gång").contains("Godkända anteckningar");
        assertThat(pdfText(meetings.minutesPdf(organiser, meeting, Locale.ENGLISH)))
                .as("approved: the organiser's copy has the minutes, in English").contains("Until next time")
                .contains("Vi talade om återkoppling.");
    }

    @Test
    void theRendererFetchesNothingEvenFromRawHtml(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Path secret = Files.writeString(dir.resolve("secret.css"), "body { color: red; }");
            Path image = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String html = "<html><head><link rel=\"stylesheet\" href=\"" + base + "/style.css\"/>"
                    + "<link rel=\"stylesheet\" href=\"" + secret.toUri() + "\"/>"
                    + "<style>@import url('" + base + "/imported.css'); body { background: url('" + base
                    + "/bg.png'); }</style></head><body><p>Åsa</p><img src=\"" + base + "/x.png\"/>"
                    + "<img src=\"" + image.toUri() + "\"/></body></html>";

            byte[] pdf = MinutesExport.render(html);

            assertThat(pdfText(pdf)).contains("Åsa");
            assertThat(requests.get()).as("requests reaching the server").isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anOrganisersExportOfMinutesInProgressHoldsOnlyDatesAndAttendance() throws Exception {
        String markdown = meetings.minutesMarkdown(organiser, meeting, Locale.forLanguageTag("sv"));
        assertThat(markdown).contains("# Möte ").contains("- Åsa Öberg: Närvarande")
                .contains("Dagordning och anteckningar visas när processledaren har godkänt dem.")
                .doesNotContain("återkoppling").doesNotContain("exit tickets");
        assertThat(pdfText(meetings.minutesPdf(organiser, meeting, Locale.forLanguageTag("sv"))))
                .contains("Åsa Öberg").doesNotContain("återkoppling");

        String members = meetings.minutesMarkdown(a.member(), meeting, Locale.forLanguageTag("sv"));
        assertThat(members).contains("## Till nästa gång").contains("- Pröva exit tickets – Mikael Ängström, senast ")
                .contains("1. Uppföljning\n2. Läsning: Hattie om återkoppling");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
