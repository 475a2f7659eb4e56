package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunc;
import java.util.List;

/** Placeholder until the group is written. */
final class SprigCrypto {

    private SprigCrypto() {
    }

    static List<GoFunc> functions() {
        return List.of();
    }
}
