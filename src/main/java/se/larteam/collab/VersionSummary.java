package se.larteam.collab;

import java.time.Instant;
import java.util.List;

/**
 * A version in the list of a document's history.
 *
 * @param authors display names of the people who edited the document since the version before, in name order
 */
public record VersionSummary(VersionId id, String documentName, Instant at, VersionKind kind, List<String> authors) {
}
