package se.larteam.reading;

/** One entry of an import file as read, with the line it starts on; {@code problem} is set when it cannot be read. */
record ParsedEntry(int line, ReadingDraft draft, String problem) {
}
