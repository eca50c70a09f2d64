package se.larteam.reflection;

import java.util.UUID;

public record ReflectionId(String value) {

    public ReflectionId {
        java.util.Objects.requireNonNull(value, "value");
    }

    static ReflectionId random() {
        return new ReflectionId(UUID.randomUUID().toString());
    }
}
