/**
 * Fault injection for the sandbox: a thread-safe plan ({@link dev.windlass.sandbox.fault.Faults})
 * that the HTTP layer asks about every request, adding latency, failing a share of requests with
 * the API server's error statuses, dropping open watches, or taking the whole server down; and its
 * JSON form for the admin API.
 */
package dev.windlass.sandbox.fault;
