package dev.windlass.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Real TLS handshakes on loopback between the server context and clients that trust the authority. */
class TlsHandshakeTest {

    private static CertificateAuthority tls;
    private static LoopbackHttpsServer server;

    @BeforeAll
    static void start() throws IOException {
        tls = CertificateAuthority.generate(List.of());
        server = new LoopbackHttpsServer(tls, InetAddress.getByName("127.0.0.1"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void httpsClient_trustingTheAuthority_verifiesTheServerName(String host) throws Exception {
        HttpsURLConnection connection = (HttpsURLConnection) new URL("https://" + host + ":" + server.port() + "/")
                .openConnection();
        connection.setSSLSocketFactory(tls.clientSslContext().getSocketFactory());
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(5_000);

        assertThat(connection.getResponseCode()).isEqualTo(200);
        assertThat(connection.getServerCertificates()[0]).isEqualTo(tls.serverCertificate());
        try (InputStream body = connection.getInputStream()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("ok");
        }
        assertThat(server.lastProtocol()).isIn(CertificateAuthority.PROTOCOLS);
    }

    @Test
    void sslSocket_withHttpsIdentification_negotiatesTls13() throws Exception {
        try (SSLSocket socket = clientSocket(tls.clientSslContext(), "localhost")) {
            socket.startHandshake();

            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(socket.getSession().getPeerCertificates()).containsExactly(tls.serverCertificate(), tls.certificate());
        }
    }

    @Test
    void sslSocket_forNameNotInCertificate_failsHostnameVerification() throws Exception {
        try (SSLSocket socket = clientSocket(tls.clientSslContext(), "elsewhere.example")) {
            assertThatThrownBy(socket::startHandshake)
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("elsewhere.example");
        }
    }

    @Test
    void sslSocket_trustingOtherAuthority_failsTheHandshake() throws Exception {
        SSLContext stranger = CertificateAuthority.generate(List.of()).clientSslContext();
        try (SSLSocket socket = clientSocket(stranger, "localhost")) {
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void sslSocket_onIpv6Loopback_verifiesTheAddress() throws Exception {
        InetAddress ipv6 = InetAddress.getByName("::1");
        LoopbackHttpsServer v6;
        try {
            v6 = new LoopbackHttpsServer(tls, ipv6);
        } catch (IOException e) {
            assumeThat(e).as("IPv6 loopback unavailable").isNull();
            return;
        }
        try (v6; Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(ipv6, v6.port()), 5_000);
            SSLSocket socket = (SSLSocket) tls.clientSslContext().getSocketFactory()
                    .createSocket(plain, "::1", v6.port(), true);
            socket.setSSLParameters(httpsIdentification(socket));
            socket.startHandshake();
            assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(tls.serverCertificate());
            socket.close();
        }
    }

    /** A client socket to the server that checks the certificate against {@code name} as HTTPS clients do. */
    private static SSLSocket clientSocket(SSLContext context, String name) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), server.port()), 5_000);
        plain.setSoTimeout(5_000);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, name, server.port(), true);
        socket.setSSLParameters(httpsIdentification(socket));
        return socket;
    }

    private static SSLParameters httpsIdentification(SSLSocket socket) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }
}
