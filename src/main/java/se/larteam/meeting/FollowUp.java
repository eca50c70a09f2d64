package se.larteam.meeting;

import java.time.LocalDate;

import se.larteam.user.UserId;

/**
 * Last meeting's action, brought into this meeting to be followed up: how it went ({@code status}, null until
 * someone says) and a short comment.
 */
public record FollowUp(String actionId, MeetingId fromMeeting, LocalDate fromDate, String text, UserId owner,
        String ownerName, LocalDate due, FollowUpStatus status, String comment) {
}
