/**
 * Each person's calendar feed: an iCalendar file at a secret, revocable address that Outlook, Google and Apple
 * Calendar subscribe to. Features contribute entries through {@link se.larteam.calendar.CalendarSource}, so this
 * module depends on none of them; entries are computed at request time from current data.
 */
package se.larteam.calendar;
