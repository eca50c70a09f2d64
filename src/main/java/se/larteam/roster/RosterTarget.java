package se.larteam.roster;

import java.util.List;

/** The program a roster goes into, as its organiser sees it: its name and the team names a file may use. */
public record RosterTarget(String programName, List<String> teamNames) {

    public RosterTarget {
        teamNames = List.copyOf(teamNames);
    }
}
