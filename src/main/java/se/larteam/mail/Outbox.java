package se.larteam.mail;

import java.util.List;

/** The latest outgoing messages, newest first, and how mail is set up. */
public record Outbox(List<OutboxEntry> mails, boolean mailServerConfigured, boolean bodiesShown) {

    public Outbox {
        mails = List.copyOf(mails);
    }
}
