package se.larteam.reading;

/** A stored file handed out for download after an access check: its name as uploaded, and its bytes. */
public record PdfFile(String fileName, String contentType, byte[] bytes) {
}
