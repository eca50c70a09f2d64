package se.larteam.meeting;

import java.time.LocalDate;
import java.util.List;

import se.larteam.team.TeamId;

/** A meeting that discussed a reading, as its viewer may see it: when, which team, and the agenda points linking it. */
public record ReadingDiscussion(MeetingId meeting, TeamId team, String teamName, LocalDate date, MeetingState state,
        List<String> agendaItems) {
}
