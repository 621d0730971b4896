package org.shuangda.portal.web;

import org.shuangda.identity.SecurityHeaders;
import org.shuangda.portal.PortalLimits;
import org.shuangda.shared.RateLimiter;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The portal's own filter chain, ahead of the ordinary ones: GET and HEAD under {@code /public} ({@link
 * PortalPaths}), stateless — no session is created or read, so no CSRF token is needed (nothing here changes
 * anything) and nobody is signed in on these pages — with the platform's security headers, the portal's cache
 * headers and its limits per client address ({@link PortalRequestFilter}, 429 past them).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalLimits.class)
class PortalSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain portalFilterChain(HttpSecurity http, RateLimiter limiter, ClientAddress clients, PortalLimits limits)
            throws Exception {
        http.securityMatcher(PortalPaths::served)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(h -> {
                    SecurityHeaders.standard().customize(h);
                    h.cacheControl(c -> c.disable()); // PortalRequestFilter says how long a page may be kept
                })
                .addFilterAfter(new PortalRequestFilter(limiter, clients, limits), HeaderWriterFilter.class);
        return http.build();
    }
}
