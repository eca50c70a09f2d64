package se.larteam.reading;

/** The library's order. Relevance needs words to search for; without them it is the same as newest first. */
public enum LibrarySort {
    RELEVANCE,
    NEWEST,
    OLDEST
}
