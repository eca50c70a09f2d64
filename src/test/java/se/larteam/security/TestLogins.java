package se.larteam.security;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Authentications as the login form would produce them, for view tests. */
public final class TestLogins {

    private TestLogins() {
    }

    public static UsernamePasswordAuthenticationToken authenticationFor(UserService users, UserId user) {
        var profile = users.profile(user);
        LarteamPrincipal principal = new LarteamPrincipal(user, profile.email(), "{noop}unused", true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of());
    }
}
