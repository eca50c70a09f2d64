package se.larteam.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real PDFs made with PDFBox, for tests of uploads. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page A4 PDF with this line of text (WinAnsi covers Swedish letters and the en dash). */
    public static byte[] withText(String text) {
        return make(text, null);
    }

    /** The same, encrypted with an owner and a user password. */
    public static byte[] encrypted(String text) {
        return make(text, new StandardProtectionPolicy("ägare-lösen", "läsar-lösen", new AccessPermission()));
    }

    private static byte[] make(String text, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
