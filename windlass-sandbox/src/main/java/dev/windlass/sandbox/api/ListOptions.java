package dev.windlass.sandbox.api;

/**
 * The options of a list or watch request, as sent.
 *
 * @param labelSelector   {@code labelSelector}, or null
 * @param fieldSelector   {@code fieldSelector}, or null
 * @param limit           {@code limit}, 0 for all
 * @param continueToken   {@code continue}, or null
 * @param resourceVersion {@code resourceVersion}, or null
 */
public record ListOptions(String labelSelector, String fieldSelector, long limit, String continueToken,
                          String resourceVersion) {

    public static final ListOptions ALL = new ListOptions(null, null, 0, null, null);

    public static ListOptions labels(String selector) {
        return new ListOptions(selector, null, 0, null, null);
    }
}
