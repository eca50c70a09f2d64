package se.larteam.reading;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reading as stored. {@code teamId} is the team it belongs to (scope TEAM) or came from (LIBRARY, when shared);
 * {@code teamName} is copied when it is added, for the library's team filter, which readers see without seeing
 * the team. {@code pdfText} is the attachment's text, kept for search and never sent to lists.
 * {@code pendingImport} names the import a reading belongs to while that import is still being stored: such a
 * reading is invisible (left out of every read and of the search index) until the import is complete, when one
 * update clears the field on all its readings (see {@link ReadingBatches}); null for every visible reading.
 */
@Document(Reading.COLLECTION)
record Reading(@Id String id, String programId, String teamId, String teamName, ReadingScope scope, String title,
        List<String> authors, Integer year, ReadingKind kind, String source, String doi, String url, String language,
        String summary, List<String> themes, Evidence evidence, List<String> questions, List<Note> notes,
        Attachment attachment, String pdfText, String addedBy, Instant addedAt, Instant changedAt,
        String pendingImport) {

    static final String COLLECTION = "readings";
    static final String PENDING_IMPORT = "pendingImport";

    /** Only readings no import is still storing: every read of readings goes through this. */
    static org.springframework.data.mongodb.core.query.Criteria visible() {
        return org.springframework.data.mongodb.core.query.Criteria.where(PENDING_IMPORT).exists(false);
    }

    /** This reading, as stored by an import still under way. */
    Reading pending(String importId) {
        return new Reading(id, programId, teamId, teamName, scope, title, authors, year, kind, source, doi, url,
                language, summary, themes, evidence, questions, notes, attachment, pdfText, addedBy, addedAt, changedAt,
                importId);
    }

    Reading {
        authors = authors == null ? List.of() : List.copyOf(authors);
        themes = themes == null ? List.of() : List.copyOf(themes);
        questions = questions == null ? List.of() : List.copyOf(questions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** {@code parentId} is null for a note, the note's id for a reply (one level). */
    record Note(String id, String parentId, String authorId, String text, Instant at) {
    }

    /** GridFS ids of the PDF and its first-page thumbnail, with what is shown about the file. */
    record Attachment(String fileId, String thumbnailId, String fileName, long size, int pages) {
    }

    ReadingDraft draft() {
        return new ReadingDraft(title, authors, year, kind, source, doi, url, language, summary, themes, evidence,
                questions);
    }
}
