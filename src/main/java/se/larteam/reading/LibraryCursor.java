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
    private final long indexVersion;

    LibraryCursor(String programId, LibrarySearch search, int position, FieldDoc last, long indexVersion) {
        this.programId = programId;
        this.search = search;
        this.position = position;
        this.indexVersion = indexVersion;
        // BytesRef values point into the index's buffers; copy them so the cursor outlives the searcher.
        this.after = Arrays.stream(last.fields).map(v -> v instanceof BytesRef b ? BytesRef.deepCopyOf(b) : v)
                .toArray();
    }

    /** How many hits come before the next page. */
    public int position() {
        return position;
    }

    /**
     * Whether the cursor can be searched after in an index now at {@code version}. Year, title and id do not move
     * when other readings change, but a relevance score does (every indexed or deleted reading changes the term
     * statistics it is computed from), so a cursor sorted by relevance holds only for the index it came from: after
     * a change its score could rank above every hit, and the next page would repeat the first.
     */
    boolean fits(String program, LibrarySearch s, long version) {
        return programId.equals(program) && search.equals(s)
                && (!s.sortsByRelevance() || indexVersion == version);
    }

    /**
     * For a searcher with {@code maxDoc} documents. The doc number only breaks ties between equal sort values; with
     * the id sorted last only the cursor's own reading ties, and the highest number leaves it out.
     */
    FieldDoc after(int maxDoc) {
        return new FieldDoc(maxDoc - 1, Float.NaN, after.clone());
    }
}
