package se.larteam.meeting;

import org.springframework.stereotype.Component;

import se.larteam.collab.CollabAccess;
import se.larteam.collab.CollabDocumentAccess;
import se.larteam.user.UserId;

/** The co-edited notes of a meeting, {@code meeting-notes:<meetingId>}: access as {@link MeetingService} says. */
@Component
class MeetingNotesAccess implements CollabDocumentAccess {

    static final String PREFIX = "meeting-notes:";

    private final MeetingService meetings;

    MeetingNotesAccess(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** The document name of a meeting's notes. */
    static String documentName(MeetingId id) {
        return PREFIX + id.value();
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
}
