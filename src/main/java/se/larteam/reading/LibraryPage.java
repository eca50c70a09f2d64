package se.larteam.reading;

import java.util.List;

/** A page of what a library search finds, and where to go on from ({@code next}; null when nothing was found). */
public record LibraryPage(List<LibraryHit> hits, LibraryCursor next) {

    public LibraryPage {
        hits = List.copyOf(hits);
    }
}
