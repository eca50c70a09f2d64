package se.larteam.collab;

/**
 * Where a co-edited document lives, as its owning feature says ({@link CollabDocumentAccess#home}): collab's pages
 * link back there without knowing the feature's views.
 *
 * @param route    the route of the document's own page, e.g. {@code mote/<meetingId>}
 * @param labelKey the translation key of the link's text, e.g. "Tillbaka till mötet"
 */
public record DocumentHome(String route, String labelKey) {
}
