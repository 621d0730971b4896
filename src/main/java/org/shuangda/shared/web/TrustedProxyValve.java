package org.shuangda.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's {@link RemoteIpValve}, configured from {@code shuangda.security.trusted-proxies} (the same setting
 * {@link ClientAddress} reads), so that behind nginx the remote address, the scheme ({@code X-Forwarded-Proto},
 * for {@code Secure} cookies and redirects) and the host are taken from the forwarded headers only when the
 * connection comes from a configured proxy, and the client is the right-most address that is not one.
 *
 * <p>Why not Spring's {@code server.forward-headers-strategy}: {@code framework} (what {@code prod} had) applies
 * the headers of any request as sent, so anyone could choose their address; {@code native} adds this valve but
 * with Spring Boot's {@code server.tomcat.remoteip.internal-proxies}, a regular expression that by default
 * trusts every private and loopback address and cannot be given as the CIDR list of our setting. So the
 * strategy stays {@code none} and this customizer owns the valve: it removes any {@code RemoteIpValve} put
 * there before it and adds its own only when proxies are configured (none: the remote address is the client).
 */
@Component
class TrustedProxyValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ClientAddress clients;

    TrustedProxyValve(ClientAddress clients) {
        this.clients = clients;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.removeIf(RemoteIpValve.class::isInstance);
        RemoteIpValve valve = valve(clients.trustedCidrs());
        if (valve != null) {
            valves.add(0, valve);
        }
        factory.setEngineValves(valves);
    }

    static RemoteIpValve valve(List<String> cidrs) {
        if (cidrs.isEmpty()) {
            return null;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // Tomcat takes a CIDR list when the value contains a '/', which every entry does (a bare IP is /32, /128)
        valve.setInternalProxies(String.join(", ", cidrs));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader(ClientAddress.HEADER);
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
