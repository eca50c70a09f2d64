package se.larteam.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * People are kept as id lists on the program: one document, updated atomically with $addToSet/$pull.
 * {@code notesOpenToOrganisers} opens the teams' meeting notes in progress to the organisers (closed by default).
 */
@Document(Program.COLLECTION)
record Program(
        @Id String id,
        String name,
        String organisation,
        String description,
        LocalDate start,
        LocalDate end,
        List<String> organisers,
        List<String> participants,
        List<String> readers,
        List<ProgramSession> sessions,
        Instant createdAt,
        // Null on programs stored before the setting existed: closed, the safe room's default.
        Boolean notesOpenToOrganisers) {

    static final String COLLECTION = "programs";

    Program {
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        participants = participants == null ? List.of() : List.copyOf(participants);
        readers = readers == null ? List.of() : List.copyOf(readers);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
