package se.larteam.reflection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.program.ProgramId;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;

/**
 * Groups a person's timeline by theme: first the themes of the programs they take part in, in the order the
 * organisers keep them, then other themes in Swedish order, then reflections linked to a meeting only, then the rest.
 */
@Component
class ThemeTimeline {

    private final TeamService teams;
    private final ReadingService readings;

    ThemeTimeline(TeamService teams, ReadingService readings) {
        this.teams = teams;
        this.readings = readings;
    }

    /** {@code timeline} is newest first; each group keeps that order. */
    List<ThemeGroup> group(UserId actor, List<ReflectionSummary> timeline) {
        Map<String, String> vocabulary = new LinkedHashMap<>();
        teams.myTeams(actor).stream().filter(t -> t.myAccess().insideTeam()).map(TeamSummary::programId).distinct()
                .forEach(program -> themesOf(actor, program)
                        .forEach(theme -> vocabulary.putIfAbsent(key(theme), theme)));
        Map<String, List<ReflectionSummary>> programThemes = new LinkedHashMap<>();
        vocabulary.values().forEach(theme -> programThemes.put(theme, new ArrayList<>()));
        Map<String, List<ReflectionSummary>> otherThemes = new TreeMap<>(SwedishOrder.strings());
        List<ReflectionSummary> meetings = new ArrayList<>();
        List<ReflectionSummary> none = new ArrayList<>();
        for (ReflectionSummary reflection : timeline) {
            String theme = reflection.theme() == null ? "" : reflection.theme().strip();
            if (!theme.isEmpty()) {
                String known = vocabulary.get(key(theme));
                if (known != null) {
                    programThemes.get(known).add(reflection);
                } else {
                    otherThemes.computeIfAbsent(theme, t -> new ArrayList<>()).add(reflection);
                }
            } else if (reflection.meeting() != null) {
                meetings.add(reflection);
            } else {
                none.add(reflection);
            }
        }
        List<ThemeGroup> groups = new ArrayList<>();
        programThemes.forEach((theme, in) -> {
            if (!in.isEmpty()) {
                groups.add(new ThemeGroup(ThemeGroup.Kind.PROGRAM_THEME, theme, in));
            }
        });
        otherThemes.forEach((theme, in) -> groups.add(new ThemeGroup(ThemeGroup.Kind.OTHER_THEME, theme, in)));
        if (!meetings.isEmpty()) {
            groups.add(new ThemeGroup(ThemeGroup.Kind.MEETINGS, "", meetings));
        }
        if (!none.isEmpty()) {
            groups.add(new ThemeGroup(ThemeGroup.Kind.NONE, "", none));
        }
        return groups;
    }

    private List<String> themesOf(UserId actor, ProgramId program) {
        try {
            return readings.themeVocabulary(actor, program);
        } catch (NotPermittedException notAReader) {
            return List.of();
        }
    }

    private static String key(String theme) {
        return theme.strip().toLowerCase(Locale.ROOT);
    }
}
