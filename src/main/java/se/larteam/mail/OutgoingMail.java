package se.larteam.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Insert-only: one document per message, written once its fate is known. */
@Document(OutgoingMail.COLLECTION)
record OutgoingMail(@Id String id, String to, String subject, String body, Instant createdAt, MailStatus status,
        String reason) {

    static final String COLLECTION = "outgoing_mail";
}
