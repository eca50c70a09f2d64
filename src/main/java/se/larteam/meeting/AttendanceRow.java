package se.larteam.meeting;

import se.larteam.team.TeamRole;
import se.larteam.user.UserId;

/** One person's attendance; {@code attendance} is null until marked. */
public record AttendanceRow(UserId person, String name, TeamRole role, Attendance attendance) {
}
