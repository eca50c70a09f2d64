package se.larteam.reflection.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

import se.larteam.reflection.ReflectionService;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamSpaceSection;
import se.larteam.user.UserId;

/**
 * "Reflektioner" in the team space: the team-shared reflections and, for process leaders, those shared with them.
 * Nothing for organisers (the safe room). The team page re-renders it on every event of the team's topic.
 */
@Component
class ReflectionsSection implements TeamSpaceSection {

    private final ReflectionService reflections;

    ReflectionsSection(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create(UserId viewer, TeamDetails team) {
        if (!team.myAccess().insideTeam()) {
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        Section section = new Section();
        section.addClassName("larteam-card");
        section.getElement().setAttribute("aria-label", section.getTranslation("reflection.section.title"));
        Anchor write = new Anchor("skriv-reflektion", section.getTranslation("reflection.new.link"));
        write.getElement().setAttribute("router-link", true);
        section.add(new H2(section.getTranslation("reflection.section.title")), write,
                ReflectionList.of(reflections.teamReflections(viewer, team.id()), s -> s, s -> null,
                        section.getTranslation("reflection.section.none"), com.vaadin.flow.component.UI.getCurrent().getLocale(),
                        section::getTranslation));
        return section;
    }
}
