package se.larteam.program;

/**
 * Addresses of a program's pages, for links from features that must not import the views themselves (which
 * would tie the modules in a cycle). The routes that serve them are tested against these.
 */
public final class ProgramLinks {

    private ProgramLinks() {
    }

    /** The program's own page: its details, editable by its organisers. */
    public static String program(ProgramId program) {
        return "program/" + program.value();
    }

    /** Where administrators create a program. */
    public static String newProgram() {
        return "program/ny";
    }

    /** Where organisers form teams and name the program's organisers and readers. */
    public static String people(ProgramId program) {
        return "program/" + program.value() + "/personer";
    }

    /** Where organisers import participants from a CSV file. */
    public static String rosterImport(ProgramId program) {
        return "program/" + program.value() + "/import";
    }

    /** Where organisers set the agenda new meetings in the program start from (served by the meeting feature). */
    public static String meetingTemplate(ProgramId program) {
        return "program/" + program.value() + "/motesmall";
    }

    /** The program's research library: its shared readings, and each viewer's own team's. */
    public static String library(ProgramId program) {
        return "program/" + program.value() + "/bibliotek";
    }

    /** The library opened on one team's readings (the team's own, and those it has shared). */
    public static String library(ProgramId program, String teamId) {
        return library(program) + "?lag=" + teamId;
    }

    /** Where organisers keep the library's theme vocabulary (served by the reading feature). */
    public static String libraryThemes(ProgramId program) {
        return library(program) + "/teman";
    }

    /** Where organisers choose the guided reflection templates (served by the reflection feature). */
    public static String reflectionTemplates(ProgramId program) {
        return "program/" + program.value() + "/reflektionsmallar";
    }
}
