package se.larteam.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(UserAccount.COLLECTION)
record UserAccount(
        @Id String id,
        String email,
        String displayName,
        String title,
        String unit,
        String passwordHash,
        boolean administrator,
        boolean enabled,
        String language,
        Instant createdAt) {

    static final String COLLECTION = "users";
}
