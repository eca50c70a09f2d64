package se.larteam.meeting;

import java.time.LocalDate;

import se.larteam.user.UserId;

/** An action as typed: the owner must be in the team, the due date not in the past. */
public record NewAction(String text, UserId owner, LocalDate due) {
}
