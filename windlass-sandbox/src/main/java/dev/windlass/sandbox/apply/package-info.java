/**
 * Server-side apply and managed-fields tracking as pure functions, following the API server and
 * structured-merge-diff: {@link dev.windlass.sandbox.apply.FieldSet} (field paths and their
 * {@code fieldsV1} form), {@link dev.windlass.sandbox.apply.ManagedFields},
 * {@link dev.windlass.sandbox.apply.ServerSideApply} for apply patches and
 * {@link dev.windlass.sandbox.apply.UpdateTracker} for every other write.
 */
package dev.windlass.sandbox.apply;
