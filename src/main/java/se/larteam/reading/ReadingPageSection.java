package se.larteam.reading;

import com.vaadin.flow.component.Component;

import se.larteam.user.UserId;

/**
 * A part of a reading's page contributed by a feature that depends on readings (meetings: "Diskuterad vid"), so
 * the reading page shows it without importing that feature. Implemented by Spring beans; the page asks each for a
 * fresh component whenever it renders, below the facts, in {@link #order()}. Such a feature tells the page to
 * render again by publishing a live event with the reading's id ({@code readingId}) on the reading's topic
 * ({@link #topicOf}).
 */
public interface ReadingPageSection {

    /** Lower comes first. */
    default int order() {
        return 0;
    }

    /** The section for this viewer, who may see {@code reading}; called in the UI thread. */
    Component create(UserId viewer, ReadingDetails reading);

    /** The topic a reading's page follows: its team's while it is the team's own, else its program's. */
    static se.larteam.live.Topic topicOf(ReadingDetails reading) {
        return reading.scope() == ReadingScope.TEAM ? se.larteam.team.TeamLive.topic(reading.team())
                : se.larteam.program.ProgramLive.topic(reading.program());
    }
}
