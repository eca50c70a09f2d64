package se.larteam.collab;

import se.larteam.live.Topic;

/**
 * Addresses of collab pages, for links from the features owning documents (which must not import collab's views),
 * and the live-update vocabulary of documents' histories.
 */
public final class CollabLinks {

    /**
     * Live scope: who may read one document's history now, as its owner says ({@link CollabHistoryAccessRules});
     * the id is the document's name.
     */
    public static final String HISTORY_SCOPE = "collab-history";
    /** Live event kind: a version of a document was taken (data: {@code document}, {@code versionId}, {@code kind}). */
    public static final String VERSION_TAKEN = "collab.version-taken";

    private CollabLinks() {
    }

    /** The page "Versioner" of a co-edited document (meeting notes, reflections, …). */
    public static String versions(String documentName) {
        return "versioner/" + documentName;
    }

    /** The live topic of a document's history: only those who may read its versions may follow it. */
    public static Topic historyTopic(String documentName) {
        return new Topic(HISTORY_SCOPE, documentName);
    }
}
