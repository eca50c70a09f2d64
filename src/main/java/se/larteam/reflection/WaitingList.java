package se.larteam.reflection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One team's reflections waiting for a process leader's comment, read by {@code _id} (the team's id) when a
 * process leader opens "Väntar på kommentar": the embedded server would scan every reflection for a query on
 * their ids. {@code entries} holds, by reflection id (a UUID, a safe field name), each shared reflection (with the
 * process leaders or the team) on which none of {@code leaders} has a comment that is not deleted, with what its
 * inbox row shows. {@code leaders} are the process leaders it was computed for (sorted ids): when the team's
 * leaders are others now, the list is rebuilt. {@code seq} counts writes, so a rebuild can tell that an update came
 * in between its read and its write. Derived data only: it never decides who may see anything.
 */
@Document(WaitingList.COLLECTION)
record WaitingList(@Id String id, List<String> leaders, long seq, Map<String, Entry> entries) {

    static final String COLLECTION = "reflection_waiting";

    WaitingList {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
        entries = entries == null ? Map.of() : Map.copyOf(entries);
    }

    /** What an inbox row needs of one waiting reflection. */
    record Entry(String authorId, String title, Visibility visibility, String meetingId, String theme,
            Instant createdAt, Instant sharedAt, int commentCount, List<String> handledBy) {

        Entry {
            handledBy = handledBy == null ? List.of() : List.copyOf(handledBy);
            theme = theme == null ? "" : theme;
        }
    }
}
