/**
 * kube-apiserver's validation of objects, worded as the real server words it: metadata and name
 * formats, create-time spec checks of built-in kinds, the fields an update may not change, and
 * size limits. Checks return {@link dev.windlass.sandbox.api.ApiException.Cause} lists that the
 * caller turns into a 422 with {@link dev.windlass.sandbox.api.ApiException#invalid}.
 */
package dev.windlass.sandbox.validation;
