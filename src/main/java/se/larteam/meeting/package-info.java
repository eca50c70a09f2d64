/**
 * Monthly meetings of a learning team: agenda, attendance, notes, decisions and the actions each member will try
 * before next time, followed up at the next meeting. Access comes from
 * {@link se.larteam.team.TeamService#access} on every call; the safe room keeps notes in progress from the
 * program's organisers unless the program opens them. Agenda points link readings through
 * {@link se.larteam.reading.ReadingService} (meetings depend on readings, never the other way); a reading's page
 * learns where it was discussed through {@link se.larteam.reading.ReadingPageSection}, implemented here.
 */
package se.larteam.meeting;
