package se.larteam.collab;

/** Why a version was taken. */
public enum VersionKind {
    /** The document was approved (e.g. a meeting's minutes): always kept. */
    APPROVAL,
    /** Taken while the document was edited, at most every {@link DocumentVersions#EVERY}; thinned as it ages. */
    PERIODIC
}
