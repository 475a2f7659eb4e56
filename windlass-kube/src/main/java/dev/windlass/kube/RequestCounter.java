package dev.windlass.kube;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts every HTTP request (and web socket upgrade) fabric8's client sends, retries included,
 * so a benchmark can report API requests per application.
 */
final class RequestCounter implements Interceptor {

    /** The name the interceptor is registered under. */
    static final String NAME = "windlass-request-counter";

    private final AtomicLong count = new AtomicLong();

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }
}
