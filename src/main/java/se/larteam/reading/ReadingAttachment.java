package se.larteam.reading;

/** The PDF attached to a reading, as shown: its original name (for the download), size and page count. */
public record ReadingAttachment(String fileName, long size, int pages, boolean hasThumbnail) {
}
