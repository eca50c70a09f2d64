package se.larteam.mail;

import java.time.Instant;

/** One recorded message; {@code body} is {@code null} when the outbox does not show bodies. */
public record OutboxEntry(String to, String subject, String body, Instant at, MailStatus status, String reason) {
}
