package se.larteam.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.larteam.meeting.MeetingId;
import se.larteam.team.TeamId;
import se.larteam.user.UserId;

/**
 * One line of a list of reflections; {@code meetingDate} is null when it is not linked to a meeting (or the reader
 * may no longer see it), and {@code actions} are the author's actions "Till nästa gång" from that meeting.
 */
public record ReflectionSummary(ReflectionId id, TeamId team, UserId author, String authorName, String title,
        Visibility visibility, ReflectionStatus status, MeetingId meeting, LocalDate meetingDate, String theme,
        Instant createdAt, Instant sharedAt, int commentCount, List<String> actions) {

    public ReflectionSummary {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
