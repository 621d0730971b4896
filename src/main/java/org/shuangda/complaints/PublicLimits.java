package org.shuangda.complaints;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the public pages, per client address: filings per minute and per day, tracking look-ups per
 * minute. Settings {@code shuangda.complaints.public.*}.
 */
@ConfigurationProperties("shuangda.complaints.public")
public record PublicLimits(Integer filingsPerMinute, Integer filingsPerDay, Integer lookupsPerMinute) {

    public PublicLimits {
        filingsPerMinute = filingsPerMinute == null ? 5 : filingsPerMinute;
        filingsPerDay = filingsPerDay == null ? 50 : filingsPerDay;
        lookupsPerMinute = lookupsPerMinute == null ? 10 : lookupsPerMinute;
    }
}
