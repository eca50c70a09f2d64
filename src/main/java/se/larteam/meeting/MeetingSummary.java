package se.larteam.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import se.larteam.team.TeamId;

/** A meeting's frame: what everyone who may see the team sees (organisers included). */
public record MeetingSummary(MeetingId id, TeamId team, LocalDate date, LocalTime start, LocalTime end, String place,
        MeetingState state) {
}
