package se.larteam.meeting;

import java.time.LocalDate;

import se.larteam.user.UserId;

/** "Till nästa gång": what one member will try in practice before the next meeting. */
public record Action(String id, String text, UserId owner, String ownerName, LocalDate due) {
}
