package se.larteam.reading;

/**
 * The formats a selection of readings is exported in: BibTeX and RIS for reference managers (and for importing
 * into another program's library), and an APA 7 reference list to paste into a document.
 */
public enum ExportFormat {
    BIBTEX("bib", "application/x-bibtex; charset=UTF-8"),
    RIS("ris", "application/x-research-info-systems; charset=UTF-8"),
    APA("txt", "text/plain; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
