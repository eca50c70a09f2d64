package se.larteam.collab;

/**
 * One version to show: its sanitised HTML and plain text as the editor rendered them.
 *
 * @param mayRestore whether the person asking may write the document now (and so restore this version)
 */
public record VersionDetails(VersionSummary summary, String html, String text, boolean mayRestore) {
}
