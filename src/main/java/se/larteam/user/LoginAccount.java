package se.larteam.user;

/** What authentication needs to know, and nothing more. */
public record LoginAccount(UserId id, String email, String passwordHash, boolean enabled) {
}
