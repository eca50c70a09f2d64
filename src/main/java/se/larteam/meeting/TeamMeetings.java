package se.larteam.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The list of a team's meetings, one document per team read by {@code _id} (the team's id): the embedded server
 * would scan the whole meetings collection for a query on {@code teamId}, as it ignores non-unique indexes.
 */
@Document(TeamMeetings.COLLECTION)
record TeamMeetings(@Id String id, List<Entry> meetings) {

    static final String COLLECTION = "team_meetings";

    TeamMeetings {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    record Entry(String id, LocalDate date, LocalTime start, LocalTime end, String place, MeetingState state) {
    }
}
