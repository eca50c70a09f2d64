package se.larteam.team;

import java.util.Objects;
import java.util.UUID;

public record TeamId(String value) implements java.io.Serializable {

    public TeamId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A team id cannot be blank");
        }
    }

    static TeamId random() {
        return new TeamId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
