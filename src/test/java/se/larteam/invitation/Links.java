package se.larteam.invitation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.larteam.mail.MailService;
import se.larteam.mail.OutboxEntry;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.testing.World;
import se.larteam.user.NewUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Password links as a person finds them (in the mail sent to them, read here from the outbox), and people to invite. */
public final class Links {

    public static final Pattern LINK = Pattern.compile("(https?://\\S+/losenord/)([A-Za-z0-9_-]{43})");

    private Links() {
    }

    /** Every mail to this address, newest first. */
    public static List<OutboxEntry> mailsTo(MailService mail, UserId admin, String address) {
        return mail.outbox(admin).mails().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /**
     * Waits for the outbox to record a mail to this address: with a mail server, the sending thread records it just
     * after the server accepted or refused it. Returns the newest.
     */
    public static OutboxEntry awaitMailTo(MailService mail, UserId admin, String address) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            List<OutboxEntry> mails = mailsTo(mail, admin, address);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail to " + address + " recorded in the outbox");
            }
            Thread.sleep(50);
        }
    }

    /** The token of the link in the newest mail to this address. */
    public static String latestToken(MailService mail, UserId admin, String address) {
        List<OutboxEntry> mails = mailsTo(mail, admin, address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        return token(mails.get(0).body());
    }

    /** A person as the roster import leaves them: an account without a password, a participant of program A. */
    public static UserId imported(UserService users, ProgramService programs, World world, String name, String address) {
        UserId id = users.accountsFor(List.of(new NewUser(address, name, "Rektor", "Skolan"))).byEmail().get(address);
        programs.addPeople(world.a().organiser(), world.a().program(), List.of(id), ProgramRole.PARTICIPANT);
        return id;
    }

    public static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No password link in: " + body);
        }
        return matcher.group(2);
    }
}
