package se.larteam.program;

import java.time.LocalDate;

/** What an organiser writes about a program. */
public record ProgramDetails(String name, String organisation, String description, LocalDate start, LocalDate end) {
}
