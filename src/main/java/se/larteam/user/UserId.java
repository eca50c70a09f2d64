package se.larteam.user;

import java.util.Objects;
import java.util.UUID;

public record UserId(String value) implements java.io.Serializable {

    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A user id cannot be blank");
        }
    }

    static UserId random() {
        return new UserId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
