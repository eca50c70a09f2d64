package se.larteam.team;

import se.larteam.live.Audience;
import se.larteam.live.Topic;

/** The live-update vocabulary of teams. */
public final class TeamLive {

    /** Everyone who may see the team at all: members, process leaders, the program's organisers, administrators. */
    public static final String SCOPE = "team";
    /** Inside the safe room only: members and process leaders. */
    public static final String INSIDE = "team-inside";
    /** The team's process leaders. */
    public static final String PROCESS_LEADERS = "team-process-leaders";

    private TeamLive() {
    }

    public static Topic topic(TeamId team) {
        return new Topic(SCOPE, team.value());
    }

    public static Audience everyoneWhoMaySee(TeamId team) {
        return Audience.of(SCOPE, team.value());
    }

    public static Audience inside(TeamId team) {
        return Audience.of(INSIDE, team.value());
    }

    public static Audience processLeaders(TeamId team) {
        return Audience.of(PROCESS_LEADERS, team.value());
    }
}
