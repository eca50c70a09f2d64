package se.larteam.collab;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;

/**
 * Who may open which co-edited document, and short-lived tokens that stand for a person on the {@code /collab}
 * websocket (for tests, benchmarks and clients without the browser's session). A token is
 * {@code <userId>.<expiry epoch seconds>.<HMAC-SHA256>}, signed with {@code larteam.collab.token-secret} or, when
 * that is empty, a random key of this node (then a token works only on the node that issued it).
 */
@Service
public class CollabService {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final List<CollabDocumentAccess> owners;
    private final Clock clock;
    private final byte[] key;

    CollabService(List<CollabDocumentAccess> owners, Clock clock,
            @Value("${larteam.collab.token-secret:}") String secret) {
        this.owners = List.copyOf(owners);
        this.clock = clock;
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A token that lets its holder open documents as this person for the next five minutes. */
    public String issueToken(UserId actor) {
        String body = actor.value() + "." + clock.instant().plus(TOKEN_LIFETIME).getEpochSecond();
        return body + "." + sign(body);
    }

    /** What the person may do with the document; refused when nothing (or the name is unknown). */
    public CollabAccess access(UserId actor, String documentName) {
        CollabAccess access = accessOrNone(actor, documentName);
        if (access == CollabAccess.NONE) {
            throw new NotPermittedException(actor + " may not open " + documentName);
        }
        return access;
    }

    CollabAccess accessOrNone(UserId actor, String documentName) {
        return owners.stream().filter(o -> o.supports(documentName)).findFirst()
                .map(o -> o.access(actor, documentName)).orElse(CollabAccess.NONE);
    }

    /** What the person may do with a document's history ({@link CollabDocumentAccess#historyAccess}). */
    CollabAccess historyAccessOrNone(UserId actor, String documentName) {
        return owners.stream().filter(o -> o.supports(documentName)).findFirst()
                .map(o -> o.historyAccess(actor, documentName)).orElse(CollabAccess.NONE);
    }

    /** The document's own page, from its owner (see {@link CollabDocumentAccess#home}). */
    Optional<DocumentHome> home(String documentName) {
        return owners.stream().filter(o -> o.supports(documentName)).findFirst().flatMap(o -> o.home(documentName));
    }

    /** The text a document starts with, from its owner (see {@link CollabDocumentAccess#initialText}). */
    Optional<String> initialText(String documentName) {
        return owners.stream().filter(o -> o.supports(documentName)).findFirst()
                .flatMap(o -> o.initialText(documentName)).filter(text -> !text.isBlank());
    }

    /** Hands a writer's readable copy to the document's owner. */
    void storeSnapshot(UserId writer, String documentName, ReadableSnapshot snapshot) {
        owners.stream().filter(o -> o.supports(documentName)).findFirst()
                .ifPresent(o -> o.storeSnapshot(writer, documentName, snapshot));
    }

    /** The person a valid, unexpired token stands for. */
    Optional<UserId> verifyToken(String token) {
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long expiry;
        try {
            expiry = Long.parseLong(body.substring(body.lastIndexOf('.') + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() >= expiry) {
            return Optional.empty();
        }
        return Optional.of(new UserId(body.substring(0, body.lastIndexOf('.'))));
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
