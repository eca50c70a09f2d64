package se.larteam.mail;

/** What became of an outgoing message. */
public enum MailStatus {
    /** Handed to the SMTP server. */
    SENT,
    /** Not sent: no SMTP server is configured (the embedded default); recorded for the outbox only. */
    NOT_SENT,
    /** The SMTP server refused it or could not be reached; the reason is recorded. */
    FAILED
}
