package se.larteam.program;

import java.time.LocalDate;
import java.util.Set;

/** A program as one person sees it, with that person's roles in it and whether they may change it. */
public record ProgramSummary(ProgramId id, String name, String organisation, String description, LocalDate start,
        LocalDate end, Set<ProgramRole> myRoles, boolean mayManage) {
}
