package dev.windlass.sandbox.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/** A one-thread HTTPS server on a loopback address that answers every request with "ok", for handshake tests. */
final class LoopbackHttpsServer implements AutoCloseable {

    private final SSLServerSocket socket;
    private final Thread thread;
    private volatile String lastProtocol;

    LoopbackHttpsServer(CertificateAuthority tls, InetAddress address) throws IOException {
        socket = (SSLServerSocket) tls.sslContext().getServerSocketFactory().createServerSocket(0, 10, address);
        socket.setSSLParameters(tls.sslParameters());
        thread = new Thread(this::serve, "loopback-https");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The protocol of the last handshake that completed. */
    String lastProtocol() {
        return lastProtocol;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                answer((SSLSocket) client);
            } catch (IOException e) {
                // a client that fails the handshake (as some tests intend) or a closed socket
            }
        }
    }

    private void answer(SSLSocket client) throws IOException {
        client.startHandshake();
        lastProtocol = client.getSession().getProtocol();
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        String line = in.readLine();
        while (line != null && !line.isEmpty()) {
            line = in.readLine();
        }
        OutputStream out = client.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
