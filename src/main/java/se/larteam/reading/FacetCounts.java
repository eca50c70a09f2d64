package se.larteam.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts from doc values in one pass over what the base query (access, words, years) matches. A reading
 * that passes every chosen facet is a hit and counts in every dimension; one that fails only dimension d counts
 * in d alone, so each facet shows what choosing another of its values would add (drill sideways) while the others
 * stay applied. Nothing outside the base query is ever looked at, so counts cannot reveal a hidden reading.
 * <p>
 * The same pass can collect the top hits too: the readings that pass every chosen facet are handed to a
 * {@link TopFieldCollector}, so the library page needs one pass for its counts and its first page.
 */
final class FacetCounts {

    /** The dimensions, in the order of the chosen-value sets. */
    static final List<String> FIELDS = List.of(ReadingIndex.THEME, ReadingIndex.KIND, ReadingIndex.EVIDENCE,
            ReadingIndex.TEAM);

    private final int total;
    private final List<Map<String, Integer>> counts;
    private final TopFieldDocs hits;

    private FacetCounts(int total, List<Map<String, Integer>> counts, TopFieldDocs hits) {
        this.total = total;
        this.counts = counts;
        this.hits = hits;
    }

    /** The top hits, when the manager was given a collector manager for them; otherwise null. */
    TopFieldDocs hits() {
        return hits;
    }

    int total() {
        return total;
    }

    Map<String, Integer> dimension(int d) {
        return counts.get(d);
    }

    static final class Manager implements CollectorManager<Counter, FacetCounts> {
        private final List<Set<String>> chosen;
        private final TopFieldCollectorManager top;

        Manager(List<Set<String>> chosen) {
            this(chosen, null);
        }

        /**
         * Also collects the top hits with {@code top}, which must count every hit (a total hits threshold of
         * {@link Integer#MAX_VALUE}): it may not skip readings the counts still need.
         */
        Manager(List<Set<String>> chosen, TopFieldCollectorManager top) {
            this.chosen = chosen;
            this.top = top;
        }

        @Override
        public Counter newCollector() throws IOException {
            return new Counter(chosen, top == null ? null : top.newCollector());
        }

        @Override
        public FacetCounts reduce(Collection<Counter> collectors) throws IOException {
            int total = 0;
            List<Map<String, Integer>> counts = new ArrayList<>();
            FIELDS.forEach(f -> counts.add(new HashMap<>()));
            for (Counter counter : collectors) {
                total += counter.total;
                for (Leaf leaf : counter.leaves) {
                    for (int d = 0; d < FIELDS.size(); d++) {
                        int[] perOrd = leaf.counts[d];
                        for (int ord = 0; ord < perOrd.length; ord++) {
                            if (perOrd[ord] > 0) {
                                counts.get(d).merge(leaf.values[d].lookupOrd(ord).utf8ToString(), perOrd[ord],
                                        Integer::sum);
                            }
                        }
                    }
                }
            }
            TopFieldDocs hits = null;
            if (top != null) {
                List<TopFieldCollector> tops = new ArrayList<>();
                collectors.forEach(c -> tops.add(c.top));
                hits = top.reduce(tops);
            }
            return new FacetCounts(total, counts, hits);
        }
    }

    /** One segment's doc values, the chosen values' ordinals and the counts per ordinal. */
    private static final class Leaf {
        final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
        final BitSet[] chosen = new BitSet[FIELDS.size()];
        final int[][] counts = new int[FIELDS.size()][];
    }

    static final class Counter implements Collector {
        private final List<Set<String>> chosen;
        private final TopFieldCollector top;
        private final List<Leaf> leaves = new ArrayList<>();
        private int total;

        Counter(List<Set<String>> chosen, TopFieldCollector top) {
            this.chosen = chosen;
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            // Every match is visited (never TOP_SCORES, which lets a scorer skip); scored only for relevance order.
            return top != null && top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Leaf leaf = new Leaf();
            for (int d = 0; d < FIELDS.size(); d++) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), FIELDS.get(d));
                leaf.values[d] = values;
                leaf.counts[d] = new int[Math.toIntExact(values.getValueCount())];
                BitSet ords = new BitSet();
                for (String value : chosen.get(d)) {
                    long ord = values.lookupTerm(new BytesRef(value));
                    if (ord >= 0) {
                        ords.set(Math.toIntExact(ord));
                    }
                }
                leaf.chosen[d] = ords;
            }
            leaves.add(leaf);
            int dimensions = FIELDS.size();
            int[][] ords = new int[dimensions][8];
            int[] ordCount = new int[dimensions];
            LeafCollector hits = top == null ? null : top.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    if (hits != null) {
                        hits.setScorer(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    int failed = 0;
                    for (int d = 0; d < dimensions; d++) {
                        SortedSetDocValues values = leaf.values[d];
                        int n = values.advanceExact(doc) ? values.docValueCount() : 0;
                        if (ords[d].length < n) {
                            ords[d] = new int[n];
                        }
                        boolean passes = chosen.get(d).isEmpty();
                        for (int i = 0; i < n; i++) {
                            int ord = (int) values.nextOrd();
                            ords[d][i] = ord;
                            passes |= leaf.chosen[d].get(ord);
                        }
                        ordCount[d] = n;
                        if (!passes) {
                            failed |= 1 << d;
                        }
                    }
                    if (failed == 0) {
                        total++;
                        if (hits != null) {
                            hits.collect(doc);
                        }
                        for (int d = 0; d < dimensions; d++) {
                            count(d);
                        }
                    } else if (Integer.bitCount(failed) == 1) {
                        count(Integer.numberOfTrailingZeros(failed));
                    }
                }

                private void count(int d) {
                    for (int i = 0; i < ordCount[d]; i++) {
                        leaf.counts[d][ords[d][i]]++;
                    }
                }
            };
        }
    }
}
