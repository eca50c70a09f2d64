package se.larteam.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;

/**
 * Who is signed in, for views to capture when they attach. Services never read this: they take the acting user as
 * an argument, because live refreshes and background work run without a security context.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext context;

    CurrentUser(AuthenticationContext context) {
        this.context = context;
    }

    public Optional<UserId> id() {
        return context.getAuthenticatedUser(LarteamPrincipal.class).map(LarteamPrincipal::id);
    }

    /**
     * The signed-in person behind a request's principal, for plain Spring MVC controllers: they take the principal
     * from the request (set by the security filter chain) rather than from a holder shared across the JVM.
     */
    public static Optional<UserId> of(java.security.Principal principal) {
        return principal instanceof org.springframework.security.core.Authentication authentication
                && authentication.getPrincipal() instanceof LarteamPrincipal person
                ? Optional.of(person.id()) : Optional.empty();
    }

    public UserId require() {
        return id().orElseThrow(() -> new NotPermittedException("Nobody is signed in"));
    }

    public void logout() {
        context.logout();
    }
}
