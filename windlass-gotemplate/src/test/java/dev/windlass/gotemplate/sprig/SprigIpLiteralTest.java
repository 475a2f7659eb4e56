package dev.windlass.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IP SANs of generated certificates are parsed as Go's net.ParseIP does, without any name lookup. */
class SprigIpLiteralTest {

    @Test
    void parseIp_readsIpv4AndIpv6Literals() {
        assertThat(SprigX509.parseIp("10.0.0.1")).containsExactly(10, 0, 0, 1);
        assertThat(SprigX509.parseIp("::1")).hasSize(16).endsWith(0, 1);
        assertThat(SprigX509.parseIp("2001:db8::8:1")).containsExactly(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 1);
        assertThat(SprigX509.parseIp("::ffff:192.168.1.2")).containsExactly(192, 168, 1, 2);
    }

    @Test
    void parseIp_refusesMalformedLiteralsAndNames() {
        assertThat(SprigX509.parseIp("1::2::3")).isNull();
        assertThat(SprigX509.parseIp("1:2:3:4:5:6:7")).isNull();
        assertThat(SprigX509.parseIp("12345::")).isNull();
        assertThat(SprigX509.parseIp("example.com")).isNull();
    }
}
