package se.larteam.mail;

/**
 * A plain-text message to one person.
 *
 * @param secret a part of the body (a password link's token) that the outbox must not keep readable unless it is
 *               configured to show links; {@code null} when there is none
 */
public record Mail(String to, String subject, String body, String secret) {
}
