package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The right-most-untrusted-hop rule: X-Forwarded-For counts only from a configured proxy. */
class ClientAddressTests {

    final ClientAddress clients = new ClientAddress(List.of("10.0.0.5", "172.16.0.0/12", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheRemoteAddressIsTheClientWhateverTheHeaderSays() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.resolve("10.0.0.5", List.of("1.2.3.4"))).isEqualTo("10.0.0.5");
        assertThat(none.trustedCidrs()).isEmpty();
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        assertThat(clients.resolve("203.0.113.9", List.of("1.2.3.4"))).isEqualTo("203.0.113.9");
        assertThat(clients.resolve("10.0.0.6", List.of("1.2.3.4"))).isEqualTo("10.0.0.6");
    }

    @Test
    void fromATrustedProxyTheRightMostAddressThatIsNotAProxyIsTheClient() {
        assertThat(clients.resolve("10.0.0.5", List.of("1.2.3.4"))).isEqualTo("1.2.3.4");
        // the client wrote "6.6.6.6" itself; the proxy appended the address it saw
        assertThat(clients.resolve("10.0.0.5", List.of("6.6.6.6, 1.2.3.4"))).isEqualTo("1.2.3.4");
        // two proxies: the outer one (in 172.16/12) appended the client, the inner one appended the outer one
        assertThat(clients.resolve("10.0.0.5", List.of("6.6.6.6, 1.2.3.4, 172.20.1.1"))).isEqualTo("1.2.3.4");
        // several header lines count as one list, in order
        assertThat(clients.resolve("10.0.0.5", List.of("6.6.6.6", "1.2.3.4 ,172.20.1.1"))).isEqualTo("1.2.3.4");
        // a forged proxy address on the left does not move the client
        assertThat(clients.resolve("10.0.0.5", List.of("10.0.0.5, 1.2.3.4"))).isEqualTo("1.2.3.4");
    }

    @Test
    void whenEveryHopIsATrustedProxyTheLeftMostIsTheClient() {
        assertThat(clients.resolve("10.0.0.5", List.of("172.16.0.1, 172.31.255.255"))).isEqualTo("172.16.0.1");
        assertThat(clients.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(clients.resolve("10.0.0.5", List.of(" , "))).isEqualTo("10.0.0.5");
    }

    @Test
    void cidrsMatchByPrefixForIpv4AndIpv6() {
        assertThat(clients.isTrusted("172.16.0.0")).isTrue();
        assertThat(clients.isTrusted("172.31.255.255")).isTrue();
        assertThat(clients.isTrusted("172.32.0.0")).isFalse();
        assertThat(clients.isTrusted("172.15.255.255")).isFalse();
        assertThat(clients.isTrusted("fd12:3456::1")).isTrue();
        assertThat(clients.isTrusted("fe80::1")).isFalse();
        assertThat(clients.isTrusted("10.0.0.5")).isTrue();
        assertThat(clients.isTrusted("not-an-address")).isFalse();
        assertThat(clients.isTrusted(null)).isFalse();
        assertThat(clients.resolve("fd00::1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void aRequestIsResolvedFromItsRemoteAddressAndHeaders() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "6.6.6.6, 1.2.3.4");
        assertThat(clients.of(request)).isEqualTo("1.2.3.4");
        request.setRemoteAddr("203.0.113.9");
        assertThat(clients.of(request)).isEqualTo("203.0.113.9");
    }

    @Test
    void aSettingThatIsNotAnAddressStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example")))
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/x"))).hasMessageContaining("10.0.0.0/x");
    }

    @Test
    void tomcatsValveGetsTheSameProxiesAsCidrsAndNoneWithoutProxies() {
        assertThat(clients.trustedCidrs()).containsExactly("10.0.0.5/32", "172.16.0.0/12", "fd00::/8");
        RemoteIpValve valve = TrustedProxyValve.valve(clients.trustedCidrs());
        assertThat(valve.getInternalProxies()).contains("10.0.0.5/32").contains("172.16.0.0/12");
        assertThat(valve.getRemoteIpHeader()).isEqualTo("X-Forwarded-For");
        assertThat(valve.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
        assertThat(TrustedProxyValve.valve(List.of())).isNull();
    }
}
