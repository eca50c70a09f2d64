package se.larteam.team;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Memberships are embedded so that a move between roles is one atomic update of one document. */
@Document(Team.COLLECTION)
record Team(@Id String id, String programId, String name, List<Membership> members, Instant createdAt) {

    static final String COLLECTION = "teams";

    Team {
        members = members == null ? List.of() : List.copyOf(members);
    }

    record Membership(String userId, TeamRole role) {
    }

    java.util.Optional<TeamRole> roleOf(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).map(Membership::role).findFirst();
    }
}
