package se.larteam.reading;

import se.larteam.team.TeamId;

/** A team offered in the library's team filter, or as a place to add a reading to. */
public record TeamChoice(TeamId id, String name) {
}
