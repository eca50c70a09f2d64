package se.larteam.invitation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.larteam.mail.MailService;
import se.larteam.mail.OutboxEntry;
import se.larteam.user.UserId;

/** Password links as a person finds them: in the mail sent to their address (read here from the outbox). */
public final class Links {

    public static final Pattern LINK = Pattern.compile("(https?://\\S+/losenord/)([A-Za-z0-9_-]{43})");

    private Links() {
    }

    /** Every mail to this address, newest first. */
    public static List<OutboxEntry> mailsTo(MailService mail, UserId admin, String address) {
        return mail.outbox(admin).mails().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** The token of the link in the newest mail to this address. */
    public static String latestToken(MailService mail, UserId admin, String address) {
        List<OutboxEntry> mails = mailsTo(mail, admin, address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        return token(mails.get(0).body());
    }

    public static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No password link in: " + body);
        }
        return matcher.group(2);
    }
}
