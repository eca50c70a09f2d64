package se.larteam.reading.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.select.Select;

import se.larteam.reading.LibraryOverview;
import se.larteam.reading.TeamChoice;
import se.larteam.team.TeamId;

/** Where new readings go: one of the viewer's own teams, or (for curators) the program's library. */
class PlaceSelect extends Select<String> {

    private static final String LIBRARY = "library";

    private final List<String> places = new ArrayList<>();

    PlaceSelect(LibraryOverview overview, String wantedTeamId) {
        overview.myTeams().forEach(t -> places.add(t.id().value()));
        if (overview.mayAddToLibrary()) {
            places.add(LIBRARY);
        }
        setLabel(getTranslation("reading.add.place"));
        setItems(places);
        setItemLabelGenerator(p -> LIBRARY.equals(p) ? getTranslation("reading.add.place.library")
                : getTranslation("reading.add.place.team", overview.myTeams().stream()
                        .filter(t -> t.id().value().equals(p)).map(TeamChoice::name).findFirst().orElse("?")));
        if (!places.isEmpty()) {
            setValue(places.contains(wantedTeamId) ? wantedTeamId : places.get(0));
        }
    }

    /** Whether the viewer may add anywhere at all. */
    boolean hasPlaces() {
        return !places.isEmpty();
    }

    /** The chosen team, or null for the program's library. */
    TeamId team() {
        return LIBRARY.equals(getValue()) ? null : new TeamId(getValue());
    }
}
