package se.larteam.reading;

import java.util.List;

import se.larteam.program.ProgramId;

/**
 * What the library page needs besides the list: the program's name, its theme vocabulary with the free tags in
 * use, the teams whose readings the viewer may filter by, the teams the viewer may add readings to, and whether
 * they may add straight to the shared library.
 */
public record LibraryOverview(ProgramId program, String programName, List<String> themes, List<TeamChoice> teams,
        List<TeamChoice> myTeams, boolean mayAddToLibrary) {
}
