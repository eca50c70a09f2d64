package se.larteam.roster;

import java.util.List;

/**
 * What a roster file holds, as read: the detected encoding and separator (shown to the organiser), the rows, and
 * every problem found. Only a file without problems can be imported.
 */
public record RosterPreview(String encoding, char delimiter, List<RosterRow> rows, List<RosterProblem> problems) {

    public RosterPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
