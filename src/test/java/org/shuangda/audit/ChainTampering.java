package org.shuangda.audit;

import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the chain's tests: publishes a change and returns its entry's id, and tampers in a transaction that is
 * rolled back after the check, so the shared test database keeps an intact chain.
 */
@Component
class ChainTampering {

    private final ApplicationEventPublisher events;
    private final AuditChain chain;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ChainTampering(ApplicationEventPublisher events, AuditChain chain, JdbcClient jdbc, TransactionTemplate transactions) {
        this.events = events;
        this.chain = chain;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    ChainVerification tamperedThen(Runnable tampering) {
        return transactions.execute(status -> {
            tampering.run();
            ChainVerification result = chain.verify(); // joins this transaction, so it sees the tampering
            status.setRollbackOnly();
            return result;
        });
    }

    long publish(AuditableChange change) {
        transactions.executeWithoutResult(s -> events.publishEvent(change));
        return jdbc.sql("select max(id) from audit_entry where object_type = :type and object_id = :id")
                .param("type", change.objectType()).param("id", change.objectId()).query(Long.class).single();
    }
}
