package se.larteam.invitation;

import java.time.Instant;

import se.larteam.user.UserId;

/**
 * A person of a program as the organiser sees them on the roster page.
 *
 * @param active      has a password and can sign in
 * @param lastInvited when the latest invitation went out, or {@code null}
 * @param due         no password and not invited recently: "Skicka inbjudningar" would invite them
 */
public record Invitee(UserId id, String displayName, String email, boolean active, Instant lastInvited, boolean due) {
}
