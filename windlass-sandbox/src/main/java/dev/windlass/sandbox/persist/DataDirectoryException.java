package dev.windlass.sandbox.persist;

import java.io.IOException;

/**
 * A data directory cannot be used: another sandbox holds it, it has an unknown format, or its
 * journal is damaged. The message names the directory or file (and offset) and says what to do;
 * when this is thrown nothing in the directory has been changed beyond the lock file.
 */
public final class DataDirectoryException extends IOException {

    public DataDirectoryException(String message) {
        super(message);
    }
}
