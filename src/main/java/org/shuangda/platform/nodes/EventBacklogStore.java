package org.shuangda.platform.nodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts Spring Modulith's event publications not yet completed (its table {@code event_publication}). */
@Component
class EventBacklogStore {

    private final JdbcClient jdbc;

    EventBacklogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }
}
