package se.larteam.meeting;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.base.Translations;
import se.larteam.calendar.CalendarEntry;
import se.larteam.calendar.CalendarSource;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * The meetings of the teams a person is in (as a member or a process leader) in their calendar feed, asked as that
 * person through {@link MeetingService}, so that leaving a team takes its meetings out. Organisers follow their
 * teams on the team pages instead: twenty teams' meetings would drown their own calendar.
 */
@Component
class MeetingCalendar implements CalendarSource {

    private final MeetingService meetings;
    private final TeamService teams;
    private final UserService users;
    private final Translations translations;

    MeetingCalendar(MeetingService meetings, TeamService teams, UserService users, Translations translations) {
        this.meetings = meetings;
        this.teams = teams;
        this.users = users;
        this.translations = translations;
    }

    @Override
    public List<CalendarEntry> entriesFor(UserId person) {
        Locale language = users.profile(person).language();
        List<CalendarEntry> entries = new ArrayList<>();
        for (TeamSummary team : teams.myTeams(person)) {
            if (!team.myAccess().insideTeam()) {
                continue;
            }
            try {
                for (MeetingSummary meeting : meetings.meetingsOf(person, team.id())) {
                    entries.add(entry(team, meeting, language));
                }
            } catch (NotPermittedException leftJustNow) {
                // Removed from the team between the two questions: nothing of it belongs in the feed.
            }
        }
        return entries;
    }

    private CalendarEntry entry(TeamSummary team, MeetingSummary meeting, Locale language) {
        return new CalendarEntry("meeting-" + meeting.id().value() + "@larteam",
                translations.getTranslation("calendar.meeting.title", language, team.name()),
                ZonedDateTime.of(meeting.date(), meeting.start(), Time.STOCKHOLM),
                ZonedDateTime.of(meeting.date(), meeting.end(), Time.STOCKHOLM), meeting.place(),
                translations.getTranslation("calendar.meeting.description", language, team.name()));
    }
}
