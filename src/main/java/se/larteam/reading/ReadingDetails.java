package se.larteam.reading;

import java.time.Instant;
import java.util.List;

import se.larteam.program.ProgramId;
import se.larteam.team.TeamId;

/**
 * A reading as one person sees it, with what that person may do with it now. {@code team} is the team it belongs
 * to or came from (null for a reading added straight to the library); {@code attachment} is null without a PDF.
 */
public record ReadingDetails(ReadingId id, ProgramId program, TeamId team, String teamName, ReadingScope scope,
        ReadingDraft content, List<ReadingNote> notes, ReadingAttachment attachment, String addedByName,
        Instant addedAt, boolean mayEdit, boolean mayShare, boolean mayWriteNotes, boolean mayDelete) {

    public String title() {
        return content.title();
    }
}
