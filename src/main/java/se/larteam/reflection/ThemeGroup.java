package se.larteam.reflection;

import java.util.List;

/**
 * One group of "my reflections by theme": those on one theme ({@code theme} spelled as the program's vocabulary
 * spells it when it is one of the program's themes), those linked to a meeting without a theme, or those with
 * neither; newest first within the group, as in the timeline.
 */
public record ThemeGroup(Kind kind, String theme, List<ReflectionSummary> reflections) {

    public enum Kind {
        /** On a theme of the program's vocabulary. */
        PROGRAM_THEME,
        /** On a theme the author wrote that is not (or no longer) in the program's vocabulary. */
        OTHER_THEME,
        /** Linked to a meeting, without a theme. */
        MEETINGS,
        /** Neither a theme nor a meeting. */
        NONE
    }

    public ThemeGroup {
        reflections = List.copyOf(reflections);
        theme = theme == null ? "" : theme;
    }
}
