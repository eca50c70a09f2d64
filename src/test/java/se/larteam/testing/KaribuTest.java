package se.larteam.testing;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import se.larteam.program.ProgramService;
import se.larteam.security.TestLogins;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Views driven without a browser, against the real services and the embedded database. */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserService users;
    @Autowired
    protected ProgramService programs;
    @Autowired
    protected TeamService teams;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("se.larteam");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Waits (generously) for a live update to reach this UI: runs the pending {@code UI.access} tasks, as the
     * next browser round-trip would, until the assertion holds.
     */
    protected void awaitUi(Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }

    /** Signs in as this person, as the login form would, and starts a fresh UI so it picks up their language. */
    protected void login(UserId user) {
        signIn(users, user);
    }

    /** {@link #login} for code that drives the views without a test instance (the benchmarks). */
    public static void signIn(UserService users, UserId user) {
        UsernamePasswordAuthenticationToken authentication = TestLogins.authenticationFor(users, user);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> List.of().contains(role));
        UI.getCurrent().getPage().reload();
    }
}
