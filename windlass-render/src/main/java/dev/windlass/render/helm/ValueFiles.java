package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;
import java.util.List;

/** Where an Argo CD Helm source's value files and file parameters are read from. */
interface ValueFiles {

    /** The value files that exist (all of them, unless missing ones are to be ignored); missing ones fail in {@link #read}. */
    List<String> present(List<String> names) throws HelmException;

    /** The file's bytes; fails with a message naming the file and saying what to do. */
    byte[] read(String name) throws HelmException;
}
