package se.larteam.reading;

/** What one change of the library's search shows: the facet counts (with the total) and the first page of hits. */
public record LibraryResult(LibraryFacets facets, LibraryPage firstPage) {
}
