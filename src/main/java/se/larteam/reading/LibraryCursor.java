package se.larteam.reading;

import java.util.Arrays;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of a library search ended: the sort values of its last hit (the reading's id last, so they name one
 * reading whatever the index's internal numbering does meanwhile) and how many hits came up to it. The next page
 * is searched for after it (Lucene's {@code searchAfter}), so a page far down costs what the first does instead of
 * sorting every hit above it. Opaque to callers; valid only for the search (and program) it came from, otherwise
 * ignored. It carries no access: every page is searched with the viewer's access as it is then.
 */
public final class LibraryCursor {

    private final String programId;
    private final LibrarySearch search;
    private final int position;
    private final Object[] after;

    LibraryCursor(String programId, LibrarySearch search, int position, FieldDoc last) {
        this.programId = programId;
        this.search = search;
        this.position = position;
        // BytesRef values point into the index's buffers; copy them so the cursor outlives the searcher.
        this.after = Arrays.stream(last.fields).map(v -> v instanceof BytesRef b ? BytesRef.deepCopyOf(b) : v)
                .toArray();
    }

    /** How many hits come before the next page. */
    public int position() {
        return position;
    }

    boolean fits(String program, LibrarySearch s) {
        return programId.equals(program) && search.equals(s);
    }

    /**
     * For a searcher with {@code maxDoc} documents. The doc number only breaks ties between equal sort values; with
     * the id sorted last only the cursor's own reading ties, and the highest number leaves it out.
     */
    FieldDoc after(int maxDoc) {
        return new FieldDoc(maxDoc - 1, Float.NaN, after.clone());
    }
}
