package se.larteam.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One meeting, all of it in one document, read by {@code _id}. Attendance is a list rather than a map because
 * user ids are not safe field names in every store.
 */
@Document(Meeting.COLLECTION)
record Meeting(@Id String id, String teamId, String programId, LocalDate date, LocalTime start, LocalTime end,
        String place, MeetingState state, List<Item> agenda, List<Presence> attendance, String notes,
        String decisions, List<ActionDoc> actions, List<FollowUpDoc> followUps, Instant createdAt,
        Instant approvedAt, String approvedBy) {

    static final String COLLECTION = "meetings";

    Meeting {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        actions = actions == null ? List.of() : List.copyOf(actions);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        notes = notes == null ? "" : notes;
        decisions = decisions == null ? "" : decisions;
        place = place == null ? "" : place;
    }

    record Item(String text, String readingId) {
    }

    record Presence(String userId, Attendance attendance) {
    }

    record ActionDoc(String id, String text, String ownerId, LocalDate due) {
    }

    record FollowUpDoc(String actionId, String fromMeetingId, LocalDate fromDate, String text, String ownerId,
            LocalDate due, FollowUpStatus status, String comment) {
    }
}
