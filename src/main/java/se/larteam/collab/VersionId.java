package se.larteam.collab;

/** One stored version of a co-edited document. */
public record VersionId(String value) {
}
