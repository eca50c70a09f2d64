package se.larteam.invitation;

/** Whose account a valid link sets the password of: what the set-password page shows. */
public record LinkHolder(String displayName, String email, LinkPurpose purpose) {
}
