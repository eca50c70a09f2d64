package se.larteam.team;

import java.util.Set;

import se.larteam.program.ProgramId;
import se.larteam.user.UserId;

/** A team the asking person leads now, with every process leader it has now (the asking person among them). */
public record LedTeam(TeamId id, ProgramId program, String name, Set<UserId> processLeaders) {

    public LedTeam {
        processLeaders = Set.copyOf(processLeaders);
    }
}
