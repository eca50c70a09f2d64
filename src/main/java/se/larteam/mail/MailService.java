package se.larteam.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import jakarta.mail.internet.MimeMessage;
import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Sends mail and keeps the outbox. Sending happens off the caller's thread, after the caller's own writes: a slow or
 * failing SMTP server never fails what the user did; it is recorded as failed and logged.
 */
@Service
public class MailService {

    static final int OUTBOX_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final String HIDDEN = "[dold länk]";

    private final MongoTemplate mongo;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> senders;
    private final Executor executor;
    private final MailSettings settings;
    private final boolean mailServerConfigured;
    private final Clock clock;

    MailService(MongoTemplate mongo, UserService users, ObjectProvider<JavaMailSender> senders,
            @Qualifier("applicationTaskExecutor") Executor executor, MailSettings settings,
            @Value("${spring.mail.host:}") String host, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.senders = senders;
        this.executor = executor;
        this.settings = settings;
        this.mailServerConfigured = !host.isBlank();
        this.clock = clock;
    }

    /**
     * Sends a message (or, without a mail server, only records it). For services, after their own access check;
     * never throws for a mail server's failure.
     */
    public void send(Mail mail) {
        JavaMailSender sender = mailServerConfigured ? senders.getIfAvailable() : null;
        if (sender == null) {
            record(mail, MailStatus.NOT_SENT, "no mail server configured");
            log.debug("No mail server: recorded \"{}\" to {} in the outbox only", mail.subject(), mail.to());
            return;
        }
        executor.execute(() -> {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
                sender.send(message);
                record(mail, MailStatus.SENT, null);
            } catch (Exception e) {
                log.warn("Could not send \"{}\" to {}: {}", mail.subject(), mail.to(), e.toString());
                record(mail, MailStatus.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    /** The latest outgoing messages, newest first: administrators only. */
    public Outbox outbox(UserId actor) {
        if (!users.isAdministrator(actor)) {
            throw new NotPermittedException(actor + " may not read the outbox");
        }
        boolean showBodies = showsBodies();
        Query latest = new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(OUTBOX_SIZE);
        List<OutboxEntry> mails = mongo.find(latest, OutgoingMail.class).stream()
                .map(m -> new OutboxEntry(m.to(), m.subject(), showBodies ? m.body() : null, m.createdAt(), m.status(),
                        m.reason()))
                .toList();
        return new Outbox(mails, mailServerConfigured, showBodies);
    }

    private boolean showsBodies() {
        return !mailServerConfigured || settings.outboxShowsLinks();
    }

    private void record(Mail mail, MailStatus status, String reason) {
        // A live link is kept only where the outbox will show it; otherwise the stored copy cannot be used.
        String body = mail.secret() == null || showsBodies() ? mail.body() : mail.body().replace(mail.secret(), HIDDEN);
        mongo.insert(new OutgoingMail(UUID.randomUUID().toString(), mail.to(), mail.subject(), body, clock.instant(),
                status, reason));
    }
}
