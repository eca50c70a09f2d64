package se.larteam.reflection.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import se.larteam.reflection.ThemeGroup;

/**
 * "Min reflektionslogg" by theme: a heading per theme (then meetings, then the rest), each with its reflections
 * newest first, and a "Tema" choice that shows one group alone.
 */
final class ThemeGroups extends Div {

    private static final String ALL = "";

    private final List<ThemeGroup> groups;
    private final Locale locale;
    private final Function<String, String> text;
    private final Div shown = new Div();

    ThemeGroups(List<ThemeGroup> groups, Locale locale, Function<String, String> text) {
        this.groups = groups;
        this.locale = locale;
        this.text = text;
        Select<String> filter = new Select<>();
        filter.setLabel(text.apply("reflection.log.by-theme.filter"));
        filter.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL),
                groups.stream().map(this::heading)).toList());
        filter.setItemLabelGenerator(item -> ALL.equals(item) ? text.apply("reflection.log.by-theme.all") : item);
        filter.setValue(ALL);
        filter.addValueChangeListener(change -> show(change.getValue()));
        add(filter, shown);
        show(ALL);
    }

    private void show(String only) {
        shown.removeAll();
        for (ThemeGroup group : groups) {
            String heading = heading(group);
            if (only == null || ALL.equals(only) || only.equals(heading)) {
                shown.add(new Section(new H2(heading), ReflectionList.of(group.reflections(), s -> s, s -> null, "",
                        locale, text)));
            }
        }
    }

    private String heading(ThemeGroup group) {
        return switch (group.kind()) {
            case PROGRAM_THEME, OTHER_THEME -> group.theme();
            case MEETINGS -> text.apply("reflection.log.by-theme.meetings");
            case NONE -> text.apply("reflection.log.by-theme.none");
        };
    }
}
