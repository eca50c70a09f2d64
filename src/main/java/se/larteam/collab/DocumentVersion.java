package se.larteam.collab;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored version: the readable copy (sanitised HTML and text) for showing it, and the Yjs state (one merged
 * update) for restoring it exactly.
 *
 * @param authors user ids of those whose edits reached the server since the version before
 */
@Document(DocumentVersion.COLLECTION)
record DocumentVersion(@Id String id, String doc, Instant at, VersionKind kind, List<String> authors, String html,
        String text, byte[] state) {

    static final String COLLECTION = "collabVersions";
}
