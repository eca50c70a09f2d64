package se.larteam.team;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import se.larteam.user.UserId;

/**
 * A part of the start page ("Mina lärteam") contributed by a feature that depends on teams (a member's open
 * actions from meetings), so the start page shows it without importing that feature. Implemented by Spring beans;
 * the start page asks each for a fresh component whenever it renders (also on every live event of the viewer's
 * teams), above the programs, in {@link #order()}.
 */
public interface StartPageSection {

    /** Lower comes first. */
    default int order() {
        return 0;
    }

    /** The section for this viewer, or empty when it has nothing to say to them; called in the UI thread. */
    Optional<Component> create(UserId viewer);
}
