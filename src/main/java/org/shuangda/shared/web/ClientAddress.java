package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one place that says who the client of a request is: the per-address limits of the public pages and the
 * audit trail's client address ask here, and no other code reads {@code X-Forwarded-For}.
 *
 * <p>{@code X-Forwarded-For} counts only when the request comes from a trusted proxy (setting
 * {@code shuangda.security.trusted-proxies}: IPs and CIDRs, env {@code SHUANGDA_SECURITY_TRUSTED_PROXIES};
 * default none, so the remote address is the client). Then the header is read from the right, skipping
 * trusted proxies; the first address that is not one is the client (the addresses to its left were written
 * by the client itself and prove nothing). If every hop is a trusted proxy, the left-most one is the client.
 *
 * <p>Under Tomcat, {@link TrustedProxyValve} applies the same rule from the same setting before the
 * application sees the request (so {@code getRemoteAddr()}, the scheme and the host are the resolved ones);
 * applying it again here changes nothing, because the resolved address is never a trusted proxy. It also
 * makes the rule hold where no valve runs (MockMvc, another container).
 */
@Component
public class ClientAddress {

    public static final String SETTING = "shuangda.security.trusted-proxies";
    static final String HEADER = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<String> configured;
    private final List<Mask> trusted;

    @Autowired
    public ClientAddress(Environment environment) {
        this(Binder.get(environment).bind(SETTING, Bindable.listOf(String.class)).orElse(List.of()));
    }

    public ClientAddress(List<String> trustedProxies) {
        List<String> entries = new ArrayList<>();
        List<Mask> masks = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            Mask mask = Mask.parse(entry.trim());
            masks.add(mask);
            entries.add(mask.cidr());
        }
        this.configured = Collections.unmodifiableList(entries);
        this.trusted = List.copyOf(masks);
    }

    /** The client of this request, by the rule above. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(HEADER)));
    }

    /** The rule itself: the peer's address and every {@code X-Forwarded-For} header line, in order. */
    public String resolve(String remoteAddr, List<String> forwardedFor) {
        if (!isTrusted(remoteAddr)) {
            return remoteAddr;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        String client = remoteAddr;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    /** Whether this address is one of the configured proxies. */
    public boolean isTrusted(String address) {
        if (trusted.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = Mask.literal(address);
        if (bytes == null) {
            return false;
        }
        for (Mask mask : trusted) {
            if (mask.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The configured proxies as CIDRs ({@code 10.0.0.7/32}), as Tomcat's {@code RemoteIpValve} takes them. */
    public List<String> trustedCidrs() {
        return configured;
    }

    private record Mask(byte[] network, int bits, String cidr) {

        static Mask parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException(SETTING + ": not an IP address or CIDR: " + entry);
            }
            int max = bytes.length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SETTING + ": not an IP address or CIDR: " + entry);
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(SETTING + ": prefix length out of range: " + entry);
            }
            return new Mask(bytes, bits, address + "/" + bits);
        }

        /** The address's bytes if it is an IPv4 or IPv6 literal (never a DNS look-up), else null. */
        static byte[] literal(String address) {
            String a = address.trim();
            if (a.startsWith("[") && a.endsWith("]")) {
                a = a.substring(1, a.length() - 1);
            }
            int zone = a.indexOf('%');
            if (zone >= 0) {
                a = a.substring(0, zone);
            }
            if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
                return null;
            }
            try {
                byte[] bytes = InetAddress.getByName(a).getAddress();
                return bytes;
            } catch (UnknownHostException | SecurityException e) {
                return null;
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
