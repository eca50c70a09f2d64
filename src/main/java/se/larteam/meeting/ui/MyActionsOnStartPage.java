package se.larteam.meeting.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MyAction;
import se.larteam.team.StartPageSection;
import se.larteam.user.UserId;

/**
 * A member's open actions at the top of their start page, where they look first; nothing for people with none.
 * The start page re-renders on every event of the person's teams, so this follows actions and follow-ups live.
 */
@Component
class MyActionsOnStartPage implements StartPageSection {

    private final MeetingService meetings;

    MyActionsOnStartPage(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UserId viewer) {
        List<MyAction> open = meetings.myOpenActions(viewer);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("larteam-card");
        String title = section.getTranslation("my-actions.title");
        section.getElement().setAttribute("aria-label", title);
        section.add(new H2(title), MyActionsView.list(open), new RouterLink(section.getTranslation("my-actions.all"),
                MyActionsView.class));
        return Optional.of(section);
    }
}
