package se.larteam.reflection;

import se.larteam.meeting.MeetingId;
import se.larteam.team.TeamId;

/**
 * What the author writes: the team it belongs to, an optional meeting of that team or a theme, a title, a body
 * (plain multi-line text) and the visibility. Limits: title {@value ReflectionService#MAX_TITLE} characters, body
 * {@value ReflectionService#MAX_BODY}, theme {@value ReflectionService#MAX_THEME}.
 */
public record ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
        Visibility visibility) {
}
