package org.shuangda.platform.nodes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code shuangda_events_incomplete} on {@code /actuator/prometheus}: cross-module events whose listener has not
 * completed (retried at the next start). Read at each scrape; when the database is down the gauge shows NaN.
 * Request latency ({@code http_server_requests_seconds}), the pool ({@code hikaricp_*}) and the runs of the
 * scheduled jobs ({@code tasks_scheduled_execution_seconds}) come from Spring Boot's own meters.
 */
@Component
class BacklogGauges {

    BacklogGauges(EventBacklogStore events, MeterRegistry registry) {
        Gauge.builder("shuangda.events.incomplete", events, EventBacklogStore::incomplete)
                .description("Event publications not yet completed by their listener")
                .register(registry);
    }
}
