package se.larteam.reading;

import java.time.Instant;
import java.util.List;

/** A short note by someone in the program on a reading, with its replies (one level). */
public record ReadingNote(String id, String authorName, String text, Instant at, List<ReadingNote> replies) {
}
