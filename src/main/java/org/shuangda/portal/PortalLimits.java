package org.shuangda.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's limits per client address (settings {@code shuangda.portal.*}), counted across nodes by the
 * shared {@code RateLimiter}: pages per minute, entity look-ups per minute (each a search over every entity), and
 * how long a shared cache may keep a page.
 */
@ConfigurationProperties("shuangda.portal")
public record PortalLimits(Integer pagesPerMinute, Integer lookupsPerMinute, Integer cacheSeconds) {

    public PortalLimits {
        pagesPerMinute = pagesPerMinute == null ? 120 : pagesPerMinute;
        lookupsPerMinute = lookupsPerMinute == null ? 30 : lookupsPerMinute;
        cacheSeconds = cacheSeconds == null ? 60 : cacheSeconds;
    }
}
