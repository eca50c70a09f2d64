package se.larteam.reading;

import java.util.List;

/**
 * One entry of an import file in the preview: where it starts, what it would add, and either a problem (a
 * translation key with its arguments and the field concerned) or that it is a duplicate of a reading already there.
 */
public record ImportEntry(int line, String title, Integer year, String authors, String field, String problemKey,
        List<String> problemArguments, boolean duplicate) {

    public boolean ok() {
        return problemKey == null && !duplicate;
    }
}
