package se.larteam.collab;

/** Addresses of collab pages, for links from the features owning documents (which must not import collab's views). */
public final class CollabLinks {

    private CollabLinks() {
    }

    /** The page "Versioner" of a co-edited document (meeting notes, reflections, …). */
    public static String versions(String documentName) {
        return "versioner/" + documentName;
    }
}
