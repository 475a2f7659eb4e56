package dev.windlass.cli;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;

/**
 * Turns file names relative to a snapshot root into the paths the user typed: with
 * {@code windlass render examples/guestbook}, {@code web.yaml} is shown as
 * {@code examples/guestbook/web.yaml}. When the user named one file, that file is shown exactly
 * as typed.
 *
 * @param base       the user's directory argument (or the directory of the file argument), as typed; may be empty
 * @param singleFile the name of the one file the user named, relative to the root; {@code null} for a directory
 * @param typed      the user's argument exactly as typed
 */
record DisplayPaths(String base, String singleFile, String typed) {

    static DisplayPaths forDirectory(String typed) {
        return new DisplayPaths(typed, null, typed);
    }

    static DisplayPaths forFile(String typedParent, String fileName, String typed) {
        return new DisplayPaths(typedParent == null ? "" : typedParent, fileName, typed);
    }

    /** {@code file} (relative to the root) as the user should see it. */
    String show(String file) {
        if (file == null || file.isEmpty()) {
            return typed;
        }
        if (file.equals(singleFile)) {
            return typed;
        }
        String dir = stripTrailingSlashes(base);
        if (dir.isEmpty() || dir.equals(".")) {
            return file;
        }
        return dir.endsWith("/") ? dir + file : dir + "/" + file;
    }

    /** The issue with its file shown as the user typed it; issues without a file stay as they are. */
    Issue show(Issue issue) {
        return issue.location().fileName().map(file -> issue.withFile(show(file))).orElse(issue);
    }

    /** The object with its origin's file shown as the user typed it, so messages naming it read right. */
    KubeObject show(KubeObject object) {
        return object.origin()
                .map(o -> object.withOrigin(new Origin(show(o.file()), o.documentIndex(), o.position(), o.sourceMap(), o.base())))
                .orElse(object);
    }

    private static String stripTrailingSlashes(String path) {
        String out = path;
        while (out.length() > 1 && (out.endsWith("/") || out.endsWith("\\"))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
