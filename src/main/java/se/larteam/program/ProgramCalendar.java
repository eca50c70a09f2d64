package se.larteam.program;

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
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * The program's learning sessions and seminars in the calendar of everyone with a role in it, asked as that person
 * through {@link ProgramService}, so that leaving a program takes its sessions out of the feed.
 */
@Component
class ProgramCalendar implements CalendarSource {

    private final ProgramService programs;
    private final UserService users;
    private final Translations translations;

    ProgramCalendar(ProgramService programs, UserService users, Translations translations) {
        this.programs = programs;
        this.users = users;
        this.translations = translations;
    }

    @Override
    public List<CalendarEntry> entriesFor(UserId person) {
        Locale language = users.profile(person).language();
        List<CalendarEntry> entries = new ArrayList<>();
        for (ProgramSummary program : programs.myPrograms(person)) {
            List<ProgramSession> sessions;
            try {
                sessions = programs.sessions(person, program.id());
            } catch (NotPermittedException leftJustNow) {
                continue;
            }
            for (ProgramSession session : sessions) {
                entries.add(entry(program, session, language));
            }
        }
        return entries;
    }

    private CalendarEntry entry(ProgramSummary program, ProgramSession session, Locale language) {
        String theme = session.theme() == null ? "" : session.theme().strip();
        String title = theme.isEmpty()
                ? translations.getTranslation("calendar.session.title", language, program.name())
                : theme;
        String description = translations.getTranslation("calendar.session.description", language, program.name());
        // The session's id is a UUID, kept for the session's life: calendar apps update rather than duplicate.
        return new CalendarEntry("program-session-" + session.id() + "@larteam", title,
                ZonedDateTime.of(session.date(), session.start(), Time.STOCKHOLM),
                ZonedDateTime.of(session.date(), session.end(), Time.STOCKHOLM), session.place(), description);
    }
}
