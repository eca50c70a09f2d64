package se.larteam.team;

import java.util.List;

import se.larteam.program.ProgramId;

/** A team as one person sees it: members in Swedish name order, and how that person sees the team. */
public record TeamDetails(TeamId id, ProgramId programId, String programName, String name, List<TeamMember> members,
        TeamAccess myAccess) {

    public List<TeamMember> processLeaders() {
        return members.stream().filter(m -> m.role() == TeamRole.PROCESS_LEADER).toList();
    }

    public List<TeamMember> participants() {
        return members.stream().filter(m -> m.role() == TeamRole.MEMBER).toList();
    }
}
