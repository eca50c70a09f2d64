/**
 * Reflection logs: each member's written reflections after a meeting or on a theme, with a visibility chosen by
 * the author (private, shared with the team's process leaders, shared with the team), comments by process leaders
 * and team members, the process leaders' inbox "Väntar på kommentar" and read receipts. Access comes from
 * {@link se.larteam.team.TeamService#access} and the reflection's own visibility on every call; organisers never
 * see reflections (the team is a safe room). The body is a co-edited document ({@code reflection:<id>} on
 * {@code /collab}, through {@code ReflectionBodyAccess}): read as the visibility says, written
 * by the author; its readable copy (sanitised HTML and plain text) is the stored body everything else shows.
 */
package se.larteam.reflection;
