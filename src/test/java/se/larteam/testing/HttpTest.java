package se.larteam.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * The application on a real port, for tests that need real HTTP or a real browser. The loopback address is a
 * trusted proxy here, so tests can speak for different client addresses through {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "larteam.security.trusted-proxies=127.0.0.1,::1")
public abstract class HttpTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected UserService users;
    @Autowired
    protected ProgramService programs;
    @Autowired
    protected TeamService teams;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Signs in through the login page as this person (test password) and waits for the first page. */
    protected void signIn(Browser browser, UserId person) {
        browser.driver().get(url("/login").toString());
        browser.submitLogin(users.profile(person).email(), TestAccounts.PASSWORD);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login")
                && !d.findElements(By.tagName("h1")).isEmpty());
    }

    /** Opens the page and waits until it shows {@code expected} (the last thing it renders). */
    protected void open(Browser browser, String path, String expected) {
        browser.driver().get(url(path).toString());
        browser.waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty()
                && XssTrap.text(browser).contains(expected));
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as a browser at {@code clientAddress} behind our proxy would. */
    protected HttpResponse<String> login(String email, String password, String clientAddress) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
