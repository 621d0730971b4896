package org.shuangda.calendar.internal;

import java.time.Clock;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the platform, in the region's zone: services inject it instead of calling
 * {@code now()}, so that a test can move time (and SQL takes {@code :now} as a parameter, not {@code now()}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WorkingCalendar.ZONE);
    }
}
