package dev.windlass.render.archfixture;

import java.io.File;

/** A deliberate offender for ArchitectureTest: a render class that reads the file system. Never used. */
public final class ReadsFilesDirectly {

    private ReadsFilesDirectly() {
    }

    static boolean exists(String path) {
        return new File(path).exists();
    }
}
