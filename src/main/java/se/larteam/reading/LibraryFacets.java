package se.larteam.reading;

import java.util.Map;

/**
 * How many readings a search finds ({@code total}), and per facet value how many it would find with that value
 * chosen in its facet (the facet's own choice left aside, the others applied). Only readings the viewer may see
 * are counted. Teams are keyed by their id.
 */
public record LibraryFacets(int total, Map<String, Integer> themes, Map<ReadingKind, Integer> kinds,
        Map<Evidence, Integer> evidence, Map<String, Integer> teams) {

    public LibraryFacets {
        themes = Map.copyOf(themes);
        kinds = Map.copyOf(kinds);
        evidence = Map.copyOf(evidence);
        teams = Map.copyOf(teams);
    }
}
