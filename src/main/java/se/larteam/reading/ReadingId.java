package se.larteam.reading;

import java.util.Objects;
import java.util.UUID;

/** A reading's id; meetings refer to readings by it. */
public record ReadingId(String value) implements java.io.Serializable {

    public ReadingId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A reading id cannot be blank");
        }
    }

    static ReadingId random() {
        return new ReadingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
