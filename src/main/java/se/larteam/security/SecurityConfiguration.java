package se.larteam.security;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.larteam.security.ui.LoginView;

/**
 * Public without signing in: the login page, Vaadin's static resources (Vaadin's own defaults), our style sheet,
 * the health endpoint, and the paths later features name here explicitly:
 * <ul>
 * <li>the invitation feature's two pages: {@code /losenord/<token>} (set a password through a link) and
 * {@code /glomt-losenord} (ask for a link). Those views also carry {@code @AnonymousAllowed}, which Vaadin's
 * navigation check needs; naming the paths here keeps the list of public addresses in one place;</li>
 * <li>the personal calendar feeds ({@code /kalender/<secret>.ics}), read by calendar apps that cannot sign in; the
 * secret in the address is the credential, checked by the calendar feature, and only GET is served (no session,
 * no form, so no CSRF).</li>
 * <li>the co-editing websocket {@code /collab}: its handshake is open because test and benchmark clients carry a
 * signed token inside the protocol instead of a session; the collab feature reads the browser's session there (only
 * for a same-host {@code Origin}) and checks every document's access itself, so nothing is served anonymously.</li>
 * </ul>
 */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    static final String CALENDAR_FEEDS = "/kalender/*.ics";
    /** Readings' PDFs and thumbnails: signed-in people only; the reading feature checks each request's access. */
    static final String READING_FILES = "/bibliotek/fil/**";
    static final String COLLAB = "/collab";
    /** The co-editing editor's pre-built module (not Vaadin's bundle): for signed-in people, who alone can use it. */
    static final String COLLAB_MODULE = "/collab/*.js";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClientAddressResolver clients) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll()
                .requestMatchers("/losenord/*", "/glomt-losenord").permitAll()
                // Named here rather than imported: the calendar's page uses this module, so no cycle back.
                .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll()
                .requestMatchers(HttpMethod.HEAD, CALENDAR_FEEDS).permitAll()
                // Vaadin's configurer refuses requests outside its own routes; these are served by a controller.
                .requestMatchers(HttpMethod.GET, READING_FILES).authenticated()
                .requestMatchers(HttpMethod.GET, COLLAB).permitAll()
                .requestMatchers(HttpMethod.GET, COLLAB_MODULE).authenticated());
        // Vaadin's configurer first: it must set the login page before the form-login configurer initialises,
        // or Spring Security would generate its own English login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form
                .authenticationDetailsSource(request -> new LoginDetails(clients.resolve(request)))
                .failureHandler(new LoginFailureRedirect()));
        return http.build();
    }

    /** Back to the login page, saying whether the password was wrong or the pair is throttled. */
    static final class LoginFailureRedirect implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String reason = exception instanceof LoginThrottledException ? "throttled" : "error";
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + reason);
        }
    }
}
