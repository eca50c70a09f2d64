package se.larteam.reading;

/**
 * Addresses of a reading's page and files, for links from other features (meetings) that must not import the
 * views. The routes and the file controller that serve them are tested against these.
 */
public final class ReadingLinks {

    static final String FILES = "/bibliotek/fil/";

    private ReadingLinks() {
    }

    /** The reading's own page. */
    public static String reading(ReadingId id) {
        return "lasning/" + id.value();
    }

    /** The attached PDF, served as a download to those who may see the reading. */
    public static String pdf(ReadingId id) {
        return FILES + id.value() + "/pdf";
    }

    /** The PNG thumbnail of the PDF's first page. */
    public static String thumbnail(ReadingId id) {
        return FILES + id.value() + "/miniatyr.png";
    }
}
