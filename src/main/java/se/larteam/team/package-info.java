/**
 * Learning teams (lärteam): a handful of school leaders and their process leaders inside a program. A team is a
 * safe room; {@link se.larteam.team.TeamService#access} tells every other feature how someone sees a team right
 * now, from current membership.
 */
package se.larteam.team;
