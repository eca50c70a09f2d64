package se.larteam.invitation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One password link. The id is the SHA-256 hash of the token, so a look-up is by {@code _id} and the database never
 * holds a usable link. {@code usedAt} and {@code supersededAt} are set once, by conditional updates.
 */
@Document(PasswordLink.COLLECTION)
record PasswordLink(
        @Id String id,
        String userId,
        LinkPurpose purpose,
        String programId,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt,
        Instant supersededAt) {

    static final String COLLECTION = "password_links";
}
