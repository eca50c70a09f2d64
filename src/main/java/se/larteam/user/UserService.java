package se.larteam.user;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;
import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.Translations;

/**
 * Accounts and profiles. Methods that act for a person take that person's id first and check it on every call;
 * the few that take none are named for what they serve (authentication, the first administrator, name look-ups).
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    private static final String BOOTSTRAP = "bootstrap_markers";
    private static final String FIRST_ADMIN_MARKER = "first-administrator";

    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(MongoTemplate mongo, PasswordEncoder passwords, Clock clock) {
        this.mongo = mongo;
        this.passwords = passwords;
        this.clock = clock;
    }

    @PostConstruct
    void createIndexes() {
        mongo.indexOps(UserAccount.class).createIndex(new Index("email", org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    /** An administrator creates an account; without a password the person cannot sign in until one is set. */
    public UserProfile createUser(UserId actor, NewUser user, String initialPassword) {
        requireAdministrator(actor);
        return insert(user, initialPassword, false);
    }

    /**
     * Creates the first administrator, once: when no administrator exists and no node has done it before. Safe to
     * call from several nodes at once (a unique marker document decides). Empty when nothing was created.
     */
    public Optional<UserProfile> createFirstAdministrator(NewUser user, String password) {
        if (mongo.exists(Query.query(Criteria.where("administrator").is(true)), UserAccount.class)) {
            return Optional.empty();
        }
        try {
            mongo.insert(new Document("_id", FIRST_ADMIN_MARKER).append("at", clock.instant()), BOOTSTRAP);
        } catch (DuplicateKeyException alreadyDone) {
            return Optional.empty();
        }
        UserProfile admin = insert(user, password, true);
        log.info("Created the first administrator {}", admin.email());
        return Optional.of(admin);
    }

    /** The acting user's own profile. */
    public UserProfile profile(UserId actor) {
        return toProfile(require(actor));
    }

    public void changeLanguage(UserId actor, Locale language) {
        require(actor);
        String tag = Translations.supported(language == null ? null : language.getLanguage()).getLanguage();
        mongo.updateFirst(byId(actor), Update.update("language", tag), UserAccount.class);
    }

    /** For authentication only: the account behind an e-mail address, whatever its case. */
    public Optional<LoginAccount> loginAccount(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").is(normalised)), UserAccount.class))
                .map(a -> new LoginAccount(new UserId(a.id()), a.email(), a.passwordHash(), a.enabled()));
    }

    /**
     * Display names for ids, for services that have already checked that their caller may see these people
     * (e.g. the members of a team the caller belongs to). Unknown ids are left out.
     */
    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> raw = ids.stream().map(UserId::value).distinct().toList();
        Query query = Query.query(Criteria.where("_id").in(raw));
        query.fields().include("displayName");
        Map<UserId, String> names = new HashMap<>();
        // Raw documents: a projection cannot be mapped onto the record, which wants every component.
        for (Document account : mongo.find(query, Document.class, UserAccount.COLLECTION)) {
            names.put(new UserId(account.getString("_id")), account.getString("displayName"));
        }
        return names;
    }

    /**
     * Profiles for ids, for services that have already checked that their caller may see these people (e.g. an
     * organiser listing the people of their program). Unknown and disabled accounts are left out.
     */
    public Map<UserId, UserProfile> profiles(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(UserId::value).distinct().toList())
                .and("enabled").is(true));
        Map<UserId, UserProfile> profiles = new HashMap<>();
        for (UserAccount account : mongo.find(query, UserAccount.class)) {
            profiles.put(new UserId(account.id()), toProfile(account));
        }
        return profiles;
    }

    /**
     * For the roster import, after its own check that the caller may manage the program: the accounts of these
     * people by normalised e-mail address, creating (without a password) those that do not exist yet. Entries must
     * already be validated; later entries with an address seen before are ignored.
     */
    public Accounts accountsFor(List<NewUser> people) {
        Map<String, NewUser> byEmail = new java.util.LinkedHashMap<>();
        for (NewUser person : people) {
            byEmail.putIfAbsent(Check.email("email", person.email()), person);
        }
        Map<String, UserId> accounts = new HashMap<>();
        List<String> emails = List.copyOf(byEmail.keySet());
        for (int from = 0; from < emails.size(); from += 1_000) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 1_000));
            Query query = Query.query(Criteria.where("email").in(chunk));
            query.fields().include("email");
            for (Document account : mongo.find(query, Document.class, UserAccount.COLLECTION)) {
                accounts.put(account.getString("email"), new UserId(account.getString("_id")));
            }
        }
        List<UserAccount> created = new java.util.ArrayList<>();
        for (var entry : byEmail.entrySet()) {
            if (!accounts.containsKey(entry.getKey())) {
                NewUser person = entry.getValue();
                created.add(new UserAccount(UserId.random().value(), entry.getKey(),
                        Check.requiredText("displayName", person.displayName(), 200),
                        Check.optionalText("title", person.title(), 200), Check.optionalText("unit", person.unit(), 200),
                        null, false, true, Translations.SWEDISH.getLanguage(), clock.instant()));
            }
        }
        int existing = accounts.size();
        try {
            mongo.insertAll(created);
            created.forEach(a -> accounts.put(a.email(), new UserId(a.id())));
            return new Accounts(accounts, created.size());
        } catch (DuplicateKeyException raced) {
            // Someone created one of these meanwhile: take each account as it is now.
            for (UserAccount account : created) {
                UserId id = loginAccount(account.email()).map(LoginAccount::id).orElseGet(() -> {
                    mongo.insert(account);
                    return new UserId(account.id());
                });
                accounts.put(account.email(), id);
            }
            return new Accounts(accounts, accounts.size() - existing);
        }
    }

    /**
     * How to reach these people, for services that have checked their caller's access to them first (an organiser
     * inviting the people of a program). Unknown ids are left out.
     */
    public Map<UserId, Contact> contacts(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(UserId::value).distinct().toList()));
        Map<UserId, Contact> contacts = new HashMap<>();
        for (UserAccount a : mongo.find(query, UserAccount.class)) {
            contacts.put(new UserId(a.id()), new Contact(new UserId(a.id()), a.email(), a.displayName(),
                    Translations.supported(a.language()), a.passwordHash() != null));
        }
        return contacts;
    }

    /**
     * Sets a person's password and lets them sign in. Only for the invitation service, after it has used up a
     * valid single-use link for exactly this person: the link is the credential, so there is no actor to check.
     */
    public void setPasswordByLink(UserId person, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "validation.password-too-short", MIN_PASSWORD_LENGTH);
        }
        var result = mongo.updateFirst(byId(person),
                new Update().set("passwordHash", passwords.encode(password)).set("enabled", true), UserAccount.class);
        if (result.getMatchedCount() == 0) {
            throw new NotPermittedException("No account " + person);
        }
        log.info("Password set through a link for {}", person);
    }

    /** Whether this person is a system administrator now (not cached: a revoked right takes effect at once). */
    public boolean isAdministrator(UserId user) {
        return mongo.exists(Query.query(Criteria.where("_id").is(user.value()).and("administrator").is(true)
                .and("enabled").is(true)), UserAccount.class);
    }

    /** Everyone who is a system administrator now, for access rules resolved once per event. */
    public java.util.Set<UserId> administrators() {
        Query query = Query.query(Criteria.where("administrator").is(true).and("enabled").is(true));
        query.fields().include("_id");
        return mongo.find(query, Document.class, UserAccount.COLLECTION).stream()
                .map(d -> new UserId(d.getString("_id"))).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether an enabled account with this id exists. */
    public boolean exists(UserId user) {
        return mongo.exists(Query.query(Criteria.where("_id").is(user.value()).and("enabled").is(true)),
                UserAccount.class);
    }

    // Package-private for test fixtures, which need administrators without the once-only bootstrap.
    UserProfile insert(NewUser user, String password, boolean administrator) {
        String email = Check.email("email", user.email());
        String name = Check.requiredText("displayName", user.displayName(), 200);
        String title = Check.optionalText("title", user.title(), 200);
        String unit = Check.optionalText("unit", user.unit(), 200);
        String hash = null;
        if (password != null) {
            if (password.length() < MIN_PASSWORD_LENGTH) {
                throw new InvalidInputException("password", "validation.password-too-short", MIN_PASSWORD_LENGTH);
            }
            hash = passwords.encode(password);
        }
        UserAccount account = new UserAccount(UserId.random().value(), email, name, title, unit, hash,
                administrator, true, Translations.SWEDISH.getLanguage(), clock.instant());
        try {
            mongo.insert(account);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "validation.email-taken", email);
        }
        return toProfile(account);
    }

    private void requireAdministrator(UserId actor) {
        if (!isAdministrator(actor)) {
            throw new NotPermittedException(actor + " is not an administrator");
        }
    }

    private UserAccount require(UserId actor) {
        UserAccount account = mongo.findById(actor.value(), UserAccount.class);
        if (account == null || !account.enabled()) {
            throw new NotPermittedException("No active account " + actor);
        }
        return account;
    }

    private static Query byId(UserId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static UserProfile toProfile(UserAccount a) {
        return new UserProfile(new UserId(a.id()), a.email(), a.displayName(), a.title(), a.unit(),
                a.administrator(), Translations.supported(a.language()));
    }
}
