package se.larteam.security;

import java.util.List;

import org.springframework.security.core.userdetails.User;

import se.larteam.user.UserId;

/**
 * The signed-in person. Carries no roles: what someone may do is read from current membership on every call.
 */
final class LarteamPrincipal extends User {

    private final UserId id;

    LarteamPrincipal(UserId id, String email, String passwordHash, boolean enabled) {
        super(email, passwordHash == null ? "" : passwordHash, enabled && passwordHash != null, true, true, true,
                List.of());
        this.id = id;
    }

    UserId id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LarteamPrincipal p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
