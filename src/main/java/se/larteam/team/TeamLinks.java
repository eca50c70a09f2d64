package se.larteam.team;

/** Addresses of team pages, for links from features that must not import the team's views. */
public final class TeamLinks {

    private TeamLinks() {
    }

    /** The team space: members, meetings and what other features add. */
    public static String team(TeamId team) {
        return "team/" + team.value();
    }
}
