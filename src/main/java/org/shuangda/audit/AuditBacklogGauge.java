package org.shuangda.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code shuangda_audit_pending} on {@code /actuator/prometheus}: entries committed with their change and not
 * yet folded into the chain ({@link AuditChainer}). Near 0 in a healthy installation; a figure that keeps
 * growing means the chainer is stuck (on every node, since any node may fold).
 */
@Component
class AuditBacklogGauge {

    AuditBacklogGauge(PendingEntryStore pending, MeterRegistry registry) {
        Gauge.builder("shuangda.audit.pending", pending, PendingEntryStore::count)
                .description("Audit entries committed but not yet on the hash chain")
                .register(registry);
    }
}
