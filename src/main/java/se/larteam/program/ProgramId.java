package se.larteam.program;

import java.util.Objects;
import java.util.UUID;

public record ProgramId(String value) implements java.io.Serializable {

    public ProgramId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A program id cannot be blank");
        }
    }

    static ProgramId random() {
        return new ProgramId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
