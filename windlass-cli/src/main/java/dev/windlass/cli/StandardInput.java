package dev.windlass.cli;

import java.io.InputStream;

/** Gives commands in other packages the standard input {@link Main#run} was given. */
public interface StandardInput {
    /** The standard input of this run. */
    InputStream stdin();
}
