package se.larteam.reading;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.larteam.base.NotPermittedException;
import se.larteam.security.CurrentUser;

/**
 * Serves a reading's PDF and thumbnail to the signed-in person, checking access on every request (a link passed
 * on to someone outside the team gives them nothing). Not a public path: the security configuration sends
 * anyone not signed in to the login page. Whatever is refused or missing is a bare 404.
 */
@RestController
class ReadingFileController {

    private final ReadingService readings;

    ReadingFileController(ReadingService readings) {
        this.readings = readings;
    }

    // From the request's principal, not Vaadin's CurrentUser: a plain MVC request has no UI, and the principal is
    // what this request's security filter chain established.
    private static se.larteam.user.UserId signedIn(java.security.Principal principal) {
        return CurrentUser.of(principal).orElseThrow(() -> new NotPermittedException("Nobody is signed in"));
    }

    @GetMapping(ReadingLinks.FILES + "{readingId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String readingId, java.security.Principal principal) {
        try {
            PdfFile file = readings.pdf(signedIn(principal), new ReadingId(readingId));
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(file.bytes());
        } catch (NotPermittedException | IllegalArgumentException refused) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping(ReadingLinks.FILES + "{readingId}/miniatyr.png")
    ResponseEntity<byte[]> thumbnail(@PathVariable String readingId, java.security.Principal principal) {
        try {
            PdfFile file = readings.thumbnail(signedIn(principal), new ReadingId(readingId));
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_PNG)
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(file.bytes());
        } catch (NotPermittedException | IllegalArgumentException refused) {
            return ResponseEntity.notFound().build();
        }
    }
}
