/**
 * The sandbox's TLS material: a self-signed certificate authority, the API server's certificate it
 * issues, PEM files that keep both across restarts, and the {@code SSLContext}s that serve and trust them.
 */
package dev.windlass.sandbox.tls;
