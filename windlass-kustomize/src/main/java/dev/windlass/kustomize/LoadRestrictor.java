package dev.windlass.kustomize;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which files a kustomization may read, as kustomize's {@code --load-restrictor} flag says.
 * Kustomize applies it to files only: a file named in {@code resources} must lie in or below the
 * directory of the kustomization that names it. Directories (bases, components) may be anywhere
 * in the snapshot.
 */
public enum LoadRestrictor {
    /** The default: files must be in or below their kustomization's directory. */
    ROOT_ONLY("LoadRestrictionsRootOnly"),
    /** Any file in the snapshot may be read. */
    NONE("LoadRestrictionsNone");

    private final String flag;

    LoadRestrictor(String flag) {
        this.flag = flag;
    }

    /** The name kustomize's command line uses, e.g. {@code LoadRestrictionsRootOnly}. */
    public String flag() {
        return flag;
    }

    /** The restrictor with kustomize's flag name {@code flag}, or empty for an unknown name. */
    public static Optional<LoadRestrictor> fromFlag(String flag) {
        return Arrays.stream(values()).filter(r -> r.flag.equals(flag)).findFirst();
    }

    @Override
    public String toString() {
        return flag;
    }
}
