package se.larteam.team;

/**
 * How a person sees one team right now. Members and process leaders are inside the safe room; organisers and
 * administrators see its frame (members, meeting dates, attendance, approved minutes) but not its work in progress.
 */
public enum TeamAccess {
    MEMBER,
    PROCESS_LEADER,
    ORGANISER,
    ADMINISTRATOR;

    /** Inside the safe room: may read notes in progress and the team's shared reflections. */
    public boolean insideTeam() {
        return this == MEMBER || this == PROCESS_LEADER;
    }
}
