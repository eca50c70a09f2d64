package se.larteam.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.base.Time;
import se.larteam.base.Translations;
import se.larteam.mail.Mail;
import se.larteam.mail.MailService;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.user.Contact;
import se.larteam.user.LoginAccount;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Invitations to set a first password, and links for a forgotten one. Organisers (and administrators) invite the
 * people of the programs they manage, checked on every call. The public pages have no signed-in actor: there the
 * link itself, or only an e-mail address that gets the same answer whether it is known or not, is all they pass.
 */
@Service
public class InvitationService {

    static final String PATH = "losenord/";
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    // 32 random bytes in URL-safe Base64 without padding: 43 characters.
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final MongoTemplate mongo;
    private final UserService users;
    private final ProgramService programs;
    private final MailService mail;
    private final Translations translations;
    private final InvitationSettings settings;
    private final String publicUrl;
    private final Clock clock;

    InvitationService(MongoTemplate mongo, UserService users, ProgramService programs, MailService mail,
            Translations translations, InvitationSettings settings,
            @Value("${larteam.public-url:}") String publicUrl, @Value("${server.port:8080}") int port, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.programs = programs;
        this.mail = mail;
        this.translations = translations;
        this.settings = settings;
        // A mail has no page address to fall back on: without a configured address, this machine's.
        String base = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.strip();
        this.publicUrl = base.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The program's people and where each stands: for its organisers and administrators. */
    public List<Invitee> overview(UserId actor, ProgramId program) {
        Set<UserId> people = programs.people(actor, program).everyone();
        Map<UserId, Instant> invited = lastInvited(people);
        Instant recent = clock.instant().minus(settings.resendAfter());
        return users.contacts(people).values().stream()
                .map(c -> {
                    Instant last = invited.get(c.id());
                    return new Invitee(c.id(), c.displayName(), c.email(), c.passwordSet(), last,
                            !c.passwordSet() && (last == null || last.isBefore(recent)));
                })
                .sorted(SwedishOrder.by(Invitee::displayName))
                .toList();
    }

    /**
     * Invites everyone in the program who has no password yet and was not invited recently. Returns how many were
     * invited. The mails go out after the links are written, off this thread.
     */
    public int inviteAll(UserId actor, ProgramId program) {
        List<Invitee> due = overview(actor, program).stream().filter(Invitee::due).toList();
        if (due.isEmpty()) {
            return 0;
        }
        String programName = programs.name(program);
        Map<UserId, Contact> contacts = users.contacts(due.stream().map(Invitee::id).toList());
        for (Invitee invitee : due) {
            sendInvitation(contacts.get(invitee.id()), program, programName);
        }
        log.info("{} invited {} people to program {}", actor, due.size(), program);
        return due.size();
    }

    /**
     * Invites (again) one person of the program; a newer link supersedes the older one. False, and nothing sent,
     * when the person has a password already (they can use "Glömt lösenordet?").
     */
    public boolean invite(UserId actor, ProgramId program, UserId person) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not invite people to " + program);
        }
        if (programs.rolesOf(person, program).isEmpty()) {
            throw new NotPermittedException(person + " is not in program " + program);
        }
        Contact contact = users.contacts(List.of(person)).get(person);
        if (contact == null) {
            throw new NotPermittedException("No account " + person);
        }
        if (contact.passwordSet()) {
            return false;
        }
        sendInvitation(contact, program, programs.name(program));
        return true;
    }

    /**
     * Someone forgot their password. Does the same, visibly, whether or not the address belongs to an account:
     * only a known address gets a link, and at most {@code maxResetsPerHour} of them an hour.
     */
    public void requestReset(String email) {
        String address = Check.email("email", email);
        Optional<LoginAccount> account = users.loginAccount(address);
        if (account.isEmpty() || !account.get().enabled()) {
            log.debug("Password reset asked for an unknown address");
            return;
        }
        UserId person = account.get().id();
        Instant now = clock.instant();
        long recent = mongo.count(Query.query(Criteria.where("userId").is(person.value())
                .and("purpose").is(LinkPurpose.RESET).and("createdAt").gt(now.minus(Duration.ofHours(1)))),
                PasswordLink.class);
        if (recent >= settings.maxResetsPerHour()) {
            log.info("Password reset for {} not sent: {} sent in the last hour", person, recent);
            return;
        }
        Contact contact = users.contacts(List.of(person)).get(person);
        Instant expires = now.plus(settings.resetValidFor());
        String token = issue(person, LinkPurpose.RESET, null, now, expires);
        String link = link(token);
        var language = contact.language();
        mail.send(new Mail(contact.email(), translations.getTranslation("mail.reset.subject", language),
                translations.getTranslation("mail.reset.body", language, contact.displayName(), link,
                        when(expires, language)),
                token));
    }

    /** How long links work: public, it is what the pages tell everyone anyway. */
    public LinkValidity validity() {
        return new LinkValidity(settings.invitationValidFor(), settings.resetValidFor());
    }

    /** Whose password a link would set, while it is still valid; empty for an unknown, used or expired link. */
    public Optional<LinkHolder> holder(String token) {
        return valid(token).flatMap(link -> {
            UserId person = new UserId(link.userId());
            return Optional.ofNullable(users.contacts(List.of(person)).get(person))
                    .map(c -> new LinkHolder(c.displayName(), c.email(), link.purpose()));
        });
    }

    /**
     * Sets the password through a link, which is used up by it. The password is checked first (a refused password
     * leaves the link working); {@link NotPermittedException} when the link is unknown, used, superseded or expired.
     * Two submissions at once cannot both succeed: the link is taken by one conditional update.
     */
    public void setPassword(String token, String password, String repeated) {
        if (password == null || password.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "validation.password-too-short", UserService.MIN_PASSWORD_LENGTH);
        }
        if (!password.equals(repeated)) {
            throw new InvalidInputException("repeated", "validation.password-mismatch");
        }
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotPermittedException("Not a link");
        }
        Instant now = clock.instant();
        PasswordLink taken = mongo.findAndModify(usable(hash(token), now), Update.update("usedAt", now),
                FindAndModifyOptions.options().returnNew(false), PasswordLink.class);
        if (taken == null) {
            throw new NotPermittedException("The link is unknown, used, superseded or expired");
        }
        users.setPasswordByLink(new UserId(taken.userId()), password);
    }

    private void sendInvitation(Contact contact, ProgramId program, String programName) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.invitationValidFor());
        String token = issue(contact.id(), LinkPurpose.INVITATION, program, now, expires);
        var language = contact.language();
        mail.send(new Mail(contact.email(), translations.getTranslation("mail.invitation.subject", language, programName),
                translations.getTranslation("mail.invitation.body", language, contact.displayName(), programName,
                        link(token), when(expires, language), contact.email()),
                token));
    }

    /** A new link for the person; their older unused links stop working. Returns the token, never stored. */
    private String issue(UserId person, LinkPurpose purpose, ProgramId program, Instant now, Instant expires) {
        mongo.updateMulti(Query.query(Criteria.where("userId").is(person.value()).and("usedAt").is(null)
                .and("supersededAt").is(null)), Update.update("supersededAt", now), PasswordLink.class);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mongo.insert(new PasswordLink(hash(token), person.value(), purpose, program == null ? null : program.value(),
                now, expires, null, null));
        return token;
    }

    private Optional<PasswordLink> valid(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(usable(hash(token), clock.instant()), PasswordLink.class));
    }

    private static Query usable(String hash, Instant now) {
        return Query.query(Criteria.where("_id").is(hash).and("usedAt").is(null).and("supersededAt").is(null)
                .and("expiresAt").gt(now));
    }

    private Map<UserId, Instant> lastInvited(Set<UserId> people) {
        Map<UserId, Instant> last = new HashMap<>();
        if (people.isEmpty()) {
            return last;
        }
        Query query = Query.query(Criteria.where("userId").in(people.stream().map(UserId::value).toList())
                .and("purpose").is(LinkPurpose.INVITATION));
        for (PasswordLink link : mongo.find(query, PasswordLink.class)) {
            last.merge(new UserId(link.userId()), link.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    private String link(String token) {
        return publicUrl + "/" + PATH + token;
    }

    private String when(Instant instant, java.util.Locale language) {
        return DateTimeFormatter.ofPattern(translations.getTranslation("mail.time-format", language), language)
                .format(instant.atZone(Time.STOCKHOLM));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
