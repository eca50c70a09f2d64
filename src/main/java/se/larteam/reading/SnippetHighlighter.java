package se.larteam.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, giving passages as {@link Snippet}s (plain text parts, matches marked) instead of
 * HTML strings. The text is re-analysed with the index's analysis, so a compound found by one of its parts is
 * marked as a whole word.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Characters shown around the first match of a long passage (a PDF without sentences). */
    private static final int BEFORE = 100;
    private static final int AFTER = 180;

    SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
        super(UnifiedHighlighter.builder(searcher, indexAnalyzer).withFormatter(new Formatter())
                .withMaxNoHighlightPassages(0).withMaxLength(100_000));
    }

    /** Per field, per document (in the order given): a {@code List<Snippet>}, or null. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docs, passages);
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>();
            for (Passage passage : passages) {
                if (passage.getNumMatches() > 0) {
                    snippets.add(snippet(passage, content));
                }
            }
            return snippets;
        }

        private static Snippet snippet(Passage passage, String content) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            int first = passage.getMatchStarts()[0];
            boolean cutStart = first - start > BEFORE;
            boolean cutEnd = end - first > AFTER;
            start = cutStart ? first - BEFORE : start;
            end = cutEnd ? first + AFTER : end;
            List<Snippet.Part> parts = new ArrayList<>();
            int at = start;
            if (cutStart) {
                parts.add(new Snippet.Part("…", false));
            }
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(passage.getMatchStarts()[i], at);
                int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                if (matchEnd <= matchStart) {
                    continue; // inside a match already shown (a compound and its parts), or cut off
                }
                plain(parts, content, at, matchStart);
                parts.add(new Snippet.Part(flat(content.substring(matchStart, matchEnd)), true));
                at = matchEnd;
            }
            plain(parts, content, at, end);
            if (cutEnd) {
                parts.add(new Snippet.Part("…", false));
            }
            return new Snippet(parts);
        }

        private static void plain(List<Snippet.Part> parts, String content, int from, int to) {
            if (to > from) {
                parts.add(new Snippet.Part(flat(content.substring(from, to)), false));
            }
        }

        /** Line breaks of a PDF's text become spaces. */
        private static String flat(String text) {
            return text.replaceAll("\\s+", " ");
        }
    }
}
