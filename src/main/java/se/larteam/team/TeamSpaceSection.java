package se.larteam.team;

import com.vaadin.flow.component.Component;

import se.larteam.user.UserId;

/**
 * A part of the team space contributed by a feature that depends on teams (meetings, later reflections and
 * readings), so the team page shows it without importing that feature. Implemented by Spring beans; the team page
 * asks each for a fresh component whenever it renders, above the members, in {@link #order()}.
 */
public interface TeamSpaceSection {

    /** Lower comes first. */
    default int order() {
        return 0;
    }

    /** The section for this viewer, who may see the team as {@code team.myAccess()} says; called in the UI thread. */
    Component create(UserId viewer, TeamDetails team);
}
