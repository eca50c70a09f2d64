package se.larteam.invitation;

/** Why a password link was sent. */
public enum LinkPurpose {
    /** An organiser invited the person to a program; they choose their first password. */
    INVITATION,
    /** The person forgot their password. */
    RESET
}
