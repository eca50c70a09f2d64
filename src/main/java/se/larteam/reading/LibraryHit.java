package se.larteam.reading;

import java.util.List;

/** A reading found by a search, with up to two passages of its text where the words were found. */
public record LibraryHit(ReadingSummary reading, List<Snippet> snippets) {

    public LibraryHit {
        snippets = List.copyOf(snippets);
    }
}
