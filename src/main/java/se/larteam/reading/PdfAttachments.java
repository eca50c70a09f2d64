package se.larteam.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import se.larteam.base.InvalidInputException;

/**
 * PDF files in GridFS: checked (not empty, within the size cap, starting with {@code %PDF-}, opening without a
 * password, not encrypted), stored under a generated name with a first-page thumbnail, and their text extracted
 * for search. Either everything is stored or nothing: a failure after the first write deletes what was written.
 */
@Component
class PdfAttachments {

    /** The size cap for one PDF: 20 MB (documented in the README). */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    static final int THUMBNAIL_WIDTH = 200;
    /** Enough for any report's text; keeps a reading's document far from MongoDB's 16 MB limit. */
    static final int MAX_TEXT = 1_000_000;
    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Logger log = LoggerFactory.getLogger(PdfAttachments.class);

    private final GridFsTemplate gridFs;

    PdfAttachments(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    /** What was stored for one upload. */
    record Stored(Reading.Attachment attachment, String text) {
    }

    /** Checks the file and stores it with its thumbnail; throws {@link InvalidInputException} (field "pdf") if refused. */
    Stored store(String readingId, String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("pdf", "reading.pdf.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("pdf", "reading.pdf.too-large", MAX_MEGABYTES);
        }
        if (!startsWithMagic(bytes)) {
            throw new InvalidInputException("pdf", "reading.pdf.not-pdf");
        }
        String text;
        byte[] thumbnail;
        int pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new InvalidInputException("pdf", "reading.pdf.encrypted");
            }
            pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new InvalidInputException("pdf", "reading.pdf.broken");
            }
            text = new PDFTextStripper().getText(document);
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            thumbnail = thumbnail(document);
        } catch (InvalidPasswordException locked) {
            throw new InvalidInputException("pdf", "reading.pdf.encrypted");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof InvalidInputException refused) {
                throw refused;
            }
            log.debug("Refused a broken PDF for reading {}", readingId, broken);
            throw new InvalidInputException("pdf", "reading.pdf.broken");
        }
        List<ObjectId> written = new ArrayList<>();
        try {
            String storedName = UUID.randomUUID() + ".pdf";
            ObjectId file = gridFs.store(new ByteArrayInputStream(bytes), storedName, "application/pdf",
                    new Document("readingId", readingId).append("kind", "pdf"));
            written.add(file);
            ObjectId thumb = gridFs.store(new ByteArrayInputStream(thumbnail), storedName + ".png", "image/png",
                    new Document("readingId", readingId).append("kind", "thumbnail"));
            written.add(thumb);
            return new Stored(new Reading.Attachment(file.toHexString(), thumb.toHexString(), cleanName(originalName),
                    bytes.length, pages), text);
        } catch (RuntimeException failed) {
            written.forEach(this::deleteQuietly);
            throw failed;
        }
    }

    /** Deletes an attachment's files (both may already be gone). */
    void delete(Reading.Attachment attachment) {
        if (attachment == null) {
            return;
        }
        deleteQuietly(attachment.fileId());
        deleteQuietly(attachment.thumbnailId());
    }

    byte[] read(String fileId) {
        GridFsResource resource = gridFs.getResource(gridFs.findOne(byId(new ObjectId(fileId))));
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read stored file " + fileId, e);
        }
    }

    private void deleteQuietly(ObjectId id) {
        try {
            gridFs.delete(byId(id));
        } catch (RuntimeException e) {
            log.warn("Could not delete stored file {}", id, e);
        }
    }

    private void deleteQuietly(String id) {
        if (id != null) {
            deleteQuietly(new ObjectId(id));
        }
    }

    private static Query byId(ObjectId id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static byte[] thumbnail(PDDocument document) throws IOException {
        PDRectangle box = document.getPage(0).getCropBox();
        float scale = THUMBNAIL_WIDTH / Math.max(1f, box.getWidth());
        BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static boolean startsWithMagic(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The uploaded name as shown and offered for download: no path, no control characters, ends in .pdf. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.length() > 150) {
            base = base.substring(base.length() - 150);
        }
        if (base.isEmpty() || base.equals(".pdf")) {
            base = "dokument.pdf";
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }
}
