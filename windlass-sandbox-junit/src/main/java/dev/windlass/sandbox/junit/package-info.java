/**
 * A JUnit 5 extension that starts the sandbox in-process and injects a fabric8 client.
 */
package dev.windlass.sandbox.junit;
