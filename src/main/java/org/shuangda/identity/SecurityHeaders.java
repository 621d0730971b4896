package org.shuangda.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The security headers every filter chain sends (Content-Security-Policy by path, Referrer-Policy,
 * Permissions-Policy, COOP, on top of Spring Security's defaults), for a chain defined outside this module — the
 * public portal's stateless chain ({@code portal.web.PortalSecurity}) — so that no chain sends fewer.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> standard() {
        return SecurityConfiguration.HEADERS;
    }
}
