package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** Tomcat's valve, configured from the setting, applies the same rule as {@link ClientAddress}. */
class TrustedProxyValveTests {

    final ClientAddress clients = new ClientAddress(List.of("10.0.0.5", "172.16.0.0/12"));

    /** What the valve lets the application see: remote address, scheme and X-Forwarded-For left over. */
    record Seen(String remoteAddr, String scheme, boolean secure, String forwardedFor) {
    }

    Seen through(String remote, String forwardedFor, String proto) throws Exception {
        RemoteIpValve valve = TrustedProxyValve.valve(clients.trustedCidrs());
        List<Seen> seen = new ArrayList<>();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen.add(new Seen(request.getRemoteAddr(), request.getScheme(), request.isSecure(),
                        request.getHeader("X-Forwarded-For")));
            }
        });
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        request.setRemoteAddr(remote);
        request.getCoyoteRequest().scheme().setString("http");
        if (forwardedFor != null) {
            request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        }
        if (proto != null) {
            request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-Proto").setString(proto);
        }
        valve.invoke(request, null);
        return seen.get(0);
    }

    @Test
    void fromAnUntrustedPeerNothingForwardedCounts() throws Exception {
        Seen seen = through("203.0.113.9", "1.2.3.4", "https");
        assertThat(seen.remoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.secure()).isFalse();
        assertThat(clients.resolve(seen.remoteAddr(), List.of(seen.forwardedFor()))).isEqualTo("203.0.113.9");
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedHopAndTheSchemeCount() throws Exception {
        Seen seen = through("10.0.0.5", "6.6.6.6, 1.2.3.4, 172.20.1.1", "https");
        assertThat(seen.remoteAddr()).isEqualTo("1.2.3.4");
        assertThat(seen.scheme()).isEqualTo("https");
        assertThat(seen.secure()).isTrue();
        // the application's rule after the valve changes nothing
        assertThat(clients.resolve(seen.remoteAddr(), List.of(seen.forwardedFor()))).isEqualTo("1.2.3.4");
        assertThat(clients.resolve("10.0.0.5", List.of("6.6.6.6, 1.2.3.4, 172.20.1.1"))).isEqualTo("1.2.3.4");
    }

    @Test
    void theCustomizerReplacesAnyEarlierValveAndAddsNoneWithoutProxies() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.addEngineValves(new RemoteIpValve());
        new TrustedProxyValve(new ClientAddress(List.of())).customize(factory);
        assertThat(factory.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
        new TrustedProxyValve(clients).customize(factory);
        assertThat(factory.getEngineValves()).singleElement().isInstanceOfSatisfying(RemoteIpValve.class,
                v -> assertThat(v.getInternalProxies()).contains("172.16.0.0/12"));
    }
}
