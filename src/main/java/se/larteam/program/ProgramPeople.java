package se.larteam.program;

import java.util.List;

import se.larteam.user.UserProfile;

/** Who is in a program, by role, each list in Swedish name order: what its organisers see when they manage it. */
public record ProgramPeople(List<UserProfile> organisers, List<UserProfile> participants, List<UserProfile> readers) {

    public ProgramPeople {
        organisers = List.copyOf(organisers);
        participants = List.copyOf(participants);
        readers = List.copyOf(readers);
    }

    /** Everyone with any role in the program, each once. */
    public java.util.Set<se.larteam.user.UserId> everyone() {
        java.util.Set<se.larteam.user.UserId> everyone = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.of(organisers, participants, readers).flatMap(List::stream)
                .forEach(person -> everyone.add(person.id()));
        return everyone;
    }
}
