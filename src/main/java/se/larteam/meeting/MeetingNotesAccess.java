package se.larteam.meeting;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.larteam.collab.CollabAccess;
import se.larteam.collab.CollabDocumentAccess;
import se.larteam.collab.DocumentHome;
import se.larteam.collab.ReadableSnapshot;
import se.larteam.user.UserId;

/** The co-edited notes of a meeting, {@code meeting-notes:<meetingId>}: access as {@link MeetingService} says. */
@Component
class MeetingNotesAccess implements CollabDocumentAccess {

    static final String PREFIX = "meeting-notes:";

    private final MeetingService meetings;

    MeetingNotesAccess(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean supports(String documentName) {
        return documentName.startsWith(PREFIX);
    }

    @Override
    public CollabAccess access(UserId user, String documentName) {
        String id = documentName.substring(PREFIX.length());
        return id.isBlank() ? CollabAccess.NONE : meetings.notesAccess(user, new MeetingId(id));
    }

    /** The meeting's page ({@code meeting.ui.MeetingView}), for the link back from the notes' versions. */
    @Override
    public Optional<DocumentHome> home(String documentName) {
        String id = documentName.substring(PREFIX.length());
        return id.isBlank() ? Optional.empty() : Optional.of(new DocumentHome("mote/" + id, "meeting.versions.back"));
    }

    /** The co-edited notes as plain text (what exports and search read) and sanitised HTML. */
    @Override
    public void storeSnapshot(UserId writer, String documentName, ReadableSnapshot snapshot) {
        String id = documentName.substring(PREFIX.length());
        if (!id.isBlank()) {
            meetings.storeCoEditedNotes(writer, new MeetingId(id), snapshot);
        }
    }

    /** The plain notes from before co-editing (existing meetings, demo data) start the co-edited document. */
    @Override
    public Optional<String> initialText(String documentName) {
        String id = documentName.substring(PREFIX.length());
        return id.isBlank() ? Optional.empty() : meetings.storedNotes(new MeetingId(id));
    }
}
