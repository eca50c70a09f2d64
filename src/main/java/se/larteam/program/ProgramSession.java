package se.larteam.program;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A program-wide learning session or development seminar (lärträff, utvecklingsseminarium): when, where or which
 * link, and its theme. Times are Swedish local time.
 */
public record ProgramSession(String id, LocalDate date, LocalTime start, LocalTime end, String place, String theme) {
}
