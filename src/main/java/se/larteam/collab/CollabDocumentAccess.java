package se.larteam.collab;

import se.larteam.user.UserId;

/**
 * The extension point through which features own their co-edited documents: a feature provides a Spring bean per
 * kind of document name (e.g. {@code meeting-notes:<id>}, later {@code reflection:<id>}) and answers, from current
 * data, what a person may do with it. {@code collab} knows no feature, so features depend on it, never the reverse.
 */
public interface CollabDocumentAccess {

    /** Whether this bean owns documents of this name (by its prefix). */
    boolean supports(String documentName);

    /** What this person may do with the document now; {@link CollabAccess#NONE} also for names that do not exist. */
    CollabAccess access(UserId user, String documentName);

    /**
     * What this person may do with the document's history ({@link CollabHistoryService}): read it, and with
     * {@link CollabAccess#WRITE} restore a version. By default as with the document itself; an owner narrows it when
     * old versions hold what today's readers must not see (a reflection's drafts from before it was shared).
     */
    default CollabAccess historyAccess(UserId user, String documentName) {
        return access(user, documentName);
    }

    /** The document's own page, for the link back from its history; empty when the owner has none. */
    default java.util.Optional<DocumentHome> home(String documentName) {
        return java.util.Optional.empty();
    }

    /**
     * Text the document starts with (e.g. from the field it replaces), put in once by one editor under a lock the
     * server grants; empty when there is none.
     */
    default java.util.Optional<String> initialText(String documentName) {
        return java.util.Optional.empty();
    }

    /**
     * A readable copy of the document from an editor of this person (who could write when it was sent): the owner
     * stores it for display elsewhere and exports if the person may still write and it is not stale.
     */
    default void storeSnapshot(UserId writer, String documentName, ReadableSnapshot snapshot) {
    }
}
