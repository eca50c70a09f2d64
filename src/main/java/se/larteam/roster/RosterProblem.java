package se.larteam.roster;

import java.util.List;

/**
 * Something wrong in a roster file: a translation key with its arguments, for a line and a column, or for the
 * whole file ({@code line} 0, {@code field} null).
 */
public record RosterProblem(int line, String field, String messageKey, List<String> arguments) {

    public RosterProblem {
        arguments = List.copyOf(arguments);
    }

    static RosterProblem ofFile(String messageKey, String... arguments) {
        return new RosterProblem(0, null, messageKey, List.of(arguments));
    }

    static RosterProblem at(int line, String field, String messageKey, String... arguments) {
        return new RosterProblem(line, field, messageKey, List.of(arguments));
    }
}
