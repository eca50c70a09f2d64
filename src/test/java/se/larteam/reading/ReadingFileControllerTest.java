package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

/** The PDF download over real HTTP: signed in, checked for every request, with headers that make it a download. */
class ReadingFileControllerTest extends HttpTest {

    @Autowired
    ReadingService readings;

    private World world;
    private ReadingId reading;
    private byte[] pdf;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        reading = readings.addToTeam(world.a().member(), world.a().team(), ReadingServiceTest.draft("Med PDF"));
        pdf = TestPdfs.withText("Skolutveckling på vetenskaplig grund – Åsa Öberg");
        readings.attachPdf(world.a().member(), reading, "Åsas rapport \"utkast\".pdf", pdf);
    }

    @Test
    void aMemberDownloadsThePdfWithHeadersThatKeepItADownload() throws Exception {
        HttpResponse<byte[]> response = fetch(ReadingLinks.pdf(reading), session(world.a().member()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%C3%85sas%20rapport%20utkast.pdf");
        HttpResponse<byte[]> thumbnail = fetch(ReadingLinks.thumbnail(reading), session(world.a().member()));
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void othersGetNothingAndNobodyUnsignedGetsIn() throws Exception {
        for (UserId stranger : List.of(world.b().member(), world.a().reader(), world.a().organiser())) {
            assertThat(fetch(ReadingLinks.pdf(reading), session(stranger)).statusCode()).isEqualTo(404);
            assertThat(fetch(ReadingLinks.thumbnail(reading), session(stranger)).statusCode()).isEqualTo(404);
        }
        assertThat(fetch(ReadingLinks.pdf(new ReadingId("no-such-reading")), session(world.a().member())).statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> anonymous = fetch(ReadingLinks.pdf(reading), null);
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.body()).isNotEqualTo(pdf);
    }

    private String session(UserId person) throws Exception {
        HttpResponse<String> login = login(users.profile(person).email(), TestAccounts.PASSWORD, "198.51.100.20");
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> fetch(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
