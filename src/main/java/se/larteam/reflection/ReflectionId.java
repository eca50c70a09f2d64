package se.larteam.reflection;

import java.util.UUID;

public record ReflectionId(String value) {

    public ReflectionId {
        java.util.Objects.requireNonNull(value, "value");
    }

    /** The name of this reflection's co-edited body on {@code /collab}. */
    public String bodyDocument() {
        return ReflectionBodyAccess.PREFIX + value;
    }

    static ReflectionId random() {
        return new ReflectionId(UUID.randomUUID().toString());
    }
}
