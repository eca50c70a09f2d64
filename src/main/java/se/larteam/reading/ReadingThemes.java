package se.larteam.reading;

import java.util.List;

/** The default theme vocabulary every program starts with; people add free tags beside it. */
final class ReadingThemes {

    static final List<String> DEFAULT = List.of(
            "kollegialt lärande",
            "ledarskap",
            "skolutveckling",
            "undervisning",
            "bedömning",
            "systematiskt kvalitetsarbete",
            "vårdnadshavare",
            "elevhälsa",
            "förskola",
            "digitalisering",
            "likvärdighet",
            "organisation och styrning");

    private ReadingThemes() {
    }
}
