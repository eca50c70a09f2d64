package se.larteam.team;

import se.larteam.program.ProgramId;

/** One line of a list of teams, with how the viewer sees the team; {@code memberCount} leaves out process leaders. */
public record TeamSummary(TeamId id, ProgramId programId, String name, int memberCount, TeamAccess myAccess) {
}
