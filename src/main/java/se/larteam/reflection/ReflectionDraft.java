package se.larteam.reflection;

import java.util.List;

import se.larteam.meeting.MeetingId;
import se.larteam.team.TeamId;

/**
 * What the author writes: the team it belongs to, an optional meeting of that team or a theme, a title, a body and
 * the visibility. Limits: title {@value ReflectionService#MAX_TITLE} characters, body
 * {@value ReflectionService#MAX_BODY}, theme {@value ReflectionService#MAX_THEME}.
 *
 * <p>The body is co-edited ({@link ReflectionId#bodyDocument()}): {@code body} here is only the text a new reflection
 * starts with (e.g. imported or demo text), put into the document once; {@link ReflectionService#update} leaves
 * the body alone. A guided template is a built-in one ({@code template}) or one of the program's own
 * ({@code ownTemplate}, its id); {@code answers} are old answers per prompt, kept under the prompts' headings.
 */
public record ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
        Visibility visibility, ReflectionTemplate template, List<String> answers, String ownTemplate) {

    public ReflectionDraft {
        answers = answers == null ? List.of() : List.copyOf(answers);
        body = body == null ? "" : body;
    }

    /** With a built-in template (or none). */
    public ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
            Visibility visibility, ReflectionTemplate template, List<String> answers) {
        this(team, meeting, theme, title, body, visibility, template, answers, null);
    }

    /** Free text, no template. */
    public ReflectionDraft(TeamId team, MeetingId meeting, String theme, String title, String body,
            Visibility visibility) {
        this(team, meeting, theme, title, body, visibility, null, List.of(), null);
    }

    /** With the chosen template, or none (null). */
    public static ReflectionDraft of(TeamId team, MeetingId meeting, String theme, String title,
            Visibility visibility, TemplateChoice template) {
        return new ReflectionDraft(team, meeting, theme, title, "", visibility,
                template == null ? null : template.builtIn(), List.of(), template == null ? null : template.ownId());
    }
}
