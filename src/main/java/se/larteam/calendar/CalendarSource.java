package se.larteam.calendar;

import java.util.List;

import se.larteam.user.UserId;

/**
 * A feature's contribution to people's calendars (program sessions, team meetings, ...). Implement it as a Spring
 * bean in the contributing feature, so the calendar depends on no feature. Called at request time for the feed's
 * owner: answer from current data and current access, so that someone who has left a program or team no longer
 * gets its events. An exception fails the whole feed (the calendar app keeps its copy) rather than silently
 * dropping events, which would delete them from people's calendars.
 */
public interface CalendarSource {

    /** Everything this feature puts in the person's calendar; past entries too (the feed trims old ones). */
    List<CalendarEntry> entriesFor(UserId person);
}
