package se.larteam.reading;

import java.util.Set;

/**
 * What someone searches the library for: words ({@code text}, matched by each reading's language, compound parts
 * included), and facets to narrow by. Within a facet the chosen values are alternatives (any of these themes);
 * across facets all must hold. Empty sets and nulls restrict nothing.
 */
public record LibrarySearch(String text, Set<String> themes, Integer yearFrom, Integer yearTo, Set<ReadingKind> kinds,
        Set<Evidence> evidence, Set<String> teamIds, LibrarySort sort) {

    public LibrarySearch {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        evidence = evidence == null ? Set.of() : Set.copyOf(evidence);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        sort = sort == null ? LibrarySort.RELEVANCE : sort;
    }

    public static LibrarySearch all() {
        return new LibrarySearch(null, null, null, null, null, null, null, LibrarySort.RELEVANCE);
    }

    public static LibrarySearch text(String text) {
        return new LibrarySearch(text, null, null, null, null, null, null, LibrarySort.RELEVANCE);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Ordered by score: only words give one. */
    boolean sortsByRelevance() {
        return sort == LibrarySort.RELEVANCE && hasText();
    }
}
