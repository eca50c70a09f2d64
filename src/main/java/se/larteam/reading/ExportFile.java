package se.larteam.reading;

/** An export ready to download: a file name (ASCII, safe in a header), its content type, and its UTF-8 bytes. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {
}
