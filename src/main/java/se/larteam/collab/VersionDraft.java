package se.larteam.collab;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the next version of a document will hold, kept current from the writers' readable copies: the newest copy,
 * who edited since the last version, and when that was taken.
 */
@Document(VersionDraft.COLLECTION)
record VersionDraft(@Id String id, String html, String text, long version, List<String> authors,
        Instant lastVersionAt) {

    static final String COLLECTION = "collabVersionDrafts";
}
