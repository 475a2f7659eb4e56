package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.store.StoreException;

/** A controller's write that may lose a race with a client: a conflict or a vanished object is not an error. */
final class Writes {

    private Writes() {
    }

    /** Runs {@code write}; false when it failed because the object changed or disappeared meanwhile. */
    static boolean attempt(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ApiException e) {
            if (e.code() == 404 || e.code() == 409) {
                return false;
            }
            throw e;
        } catch (StoreException e) {
            return false;
        }
    }
}
