/**
 * Monthly meetings of a learning team: agenda, attendance, notes, decisions and the actions each member will try
 * before next time, followed up at the next meeting. Access comes from
 * {@link se.larteam.team.TeamService#access} on every call; the safe room keeps notes in progress from the
 * program's organisers unless the program opens them.
 */
package se.larteam.meeting;
