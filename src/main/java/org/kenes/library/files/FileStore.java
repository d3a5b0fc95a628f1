package org.kenes.library.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the library's files are kept. Files are written once under a key the store chooses and never changed; a new
 * version of a document is a new file. The file system is the default; a cluster can put an object store behind the
 * same interface.
 */
public interface FileStore {

    /** Keeps the bytes and returns the key to read them by. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes a file whose record was not saved; a saved file is never removed. */
    void discard(String key);
}
