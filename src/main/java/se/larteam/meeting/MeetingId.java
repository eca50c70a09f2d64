package se.larteam.meeting;

import java.util.Objects;
import java.util.UUID;

public record MeetingId(String value) implements java.io.Serializable {

    public MeetingId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A meeting id cannot be blank");
        }
    }

    /** The name of this meeting's co-edited notes on {@code /collab}. */
    public String notesDocument() {
        return MeetingNotesAccess.PREFIX + value;
    }

    static MeetingId random() {
        return new MeetingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
