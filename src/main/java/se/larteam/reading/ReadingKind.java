package se.larteam.reading;

/** What sort of text or material a reading is. */
public enum ReadingKind {
    ARTICLE,
    REPORT,
    BOOK_CHAPTER,
    THESIS,
    /** A recorded lecture: a video link (URL) rather than a file. */
    RECORDED_LECTURE,
    PRESENTATION,
    WEB_PAGE
}
