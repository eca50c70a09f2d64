package se.larteam.meeting;

import java.time.LocalDate;

import se.larteam.team.TeamId;

/** One of my open actions ("Mina åtaganden"), with the meeting and team it was promised in. */
public record MyAction(MeetingId meeting, LocalDate meetingDate, TeamId team, String teamName, Action action) {
}
