package se.larteam.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** When and where: a date, a start and an end time, and a place or a link (may be empty). */
public record MeetingPlan(LocalDate date, LocalTime start, LocalTime end, String place) {
}
