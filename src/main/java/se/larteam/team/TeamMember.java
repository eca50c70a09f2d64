package se.larteam.team;

import se.larteam.user.UserId;

public record TeamMember(UserId id, String displayName, TeamRole role) {
}
