package se.larteam.reflection;

import java.util.List;

import se.larteam.meeting.MeetingId;
import se.larteam.team.TeamId;

/**
 * What the author writes: the team it belongs to, an optional meeting of that team or a theme, a title, a body
 * (plain multi-line text) and the visibility. Limits: title {@value ReflectionService#MAX_TITLE} characters, body
 * {@value ReflectionService#MAX_BODY}, theme {@value ReflectionService#MAX_THEME}. With a template, {@code answers}
 * holds one answer per prompt and the body is composed from them (by the editor, under the translated prompts).
 */
public record ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
        Visibility visibility, ReflectionTemplate template, List<String> answers) {

    public ReflectionDraft {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** Free text, no template. */
    public ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
            Visibility visibility) {
        this(team, meeting, theme, title, body, visibility, null, List.of());
    }
}
