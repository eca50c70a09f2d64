package se.larteam.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from             the sender ({@code LARTEAM_MAIL_FROM})
 * @param outboxShowsLinks whether the outbox page shows message bodies (with their live password links) even when
 *                         a mail server is configured; without one it always shows them, since nothing else does
 */
@ConfigurationProperties("larteam.mail")
record MailSettings(
        @DefaultValue("Lärteam <no-reply@larteam.invalid>") String from,
        @DefaultValue("false") boolean outboxShowsLinks) {
}
