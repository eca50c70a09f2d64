package se.larteam.reading;

import org.springframework.context.ApplicationContext;

/** Reaches the node's search index from benchmarks in other packages (tests only). */
public final class ReadingIndexProbe {

    private ReadingIndexProbe() {
    }

    /** Rebuilds the index from MongoDB as at start-up; returns how many readings it holds. */
    public static int rebuild(ApplicationContext app) {
        return app.getBean(ReadingIndex.class).rebuild(false);
    }

    /** Bytes the index takes in memory. */
    public static long memoryBytes(ApplicationContext app) {
        return app.getBean(ReadingIndex.class).memoryBytes();
    }

    /** The name of the collection readings are stored in, for writing generated ones in bulk. */
    public static String collection() {
        return Reading.COLLECTION;
    }
}
