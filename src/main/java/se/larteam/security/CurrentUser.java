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

    public UserId require() {
        return id().orElseThrow(() -> new NotPermittedException("Nobody is signed in"));
    }

    public void logout() {
        context.logout();
    }
}
