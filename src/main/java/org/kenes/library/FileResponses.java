package org.kenes.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How the library's pages and API take a file in and hand one out: the same way everywhere. */
final class FileResponses {

    private FileResponses() {
    }

    /** An upload as the library reads it; null when the request had no file part. */
    static Library.Upload upload(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return new Library.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as an attachment, never sniffed into another type by the browser. */
    static ResponseEntity<InputStreamResource> attachment(Library library, Library.Download download, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(library.open(download)));
    }
}
