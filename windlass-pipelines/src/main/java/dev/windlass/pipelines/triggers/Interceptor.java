package dev.windlass.pipelines.triggers;

/** One step of a trigger's interceptor chain: lets the event through (maybe adding extensions) or stops it. */
interface Interceptor {

    InterceptorResult process(InterceptorRequest request);
}
