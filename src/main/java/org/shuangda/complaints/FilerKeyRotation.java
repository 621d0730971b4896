package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves filers' ciphertexts to the current key after a rotation, in batches: decrypt with the old key (still
 * configured), encrypt with the current one. Run it until it reports 0, then remove the old key.
 */
@Service
public class FilerKeyRotation {

    private static final List<String> FIELDS = List.of("name", "phone", "idNumber", "address", "replay");
    private static final Map<String, String> COLUMNS = Map.of("name", "filer_name", "phone", "filer_phone",
            "idNumber", "filer_id_number", "address", "filer_address", "replay", "replay_code");

    private final JdbcClient jdbc;
    private final FilerCipher cipher;
    private final ApplicationEventPublisher events;

    FilerKeyRotation(JdbcClient jdbc, FilerCipher cipher, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
    }

    /** Re-encrypts up to {@code batch} filings still holding an old key; returns how many it moved. */
    @Transactional
    public int reencrypt(int batch) {
        if (!Actors.scopeFor(Permission.ROUTING_MANAGE).all()) {
            throw new org.shuangda.shared.AccessDeniedProblem("key rotation needs ROUTING_MANAGE over everything");
        }
        String prefix = cipher.currentKeyId() + ":";
        List<Long> ids = jdbc.sql("""
                select id from filing
                 where (filer_name not like :p or filer_phone not like :p or filer_id_number not like :p
                        or filer_address not like :p or replay_code not like :p)
                 order by id limit :batch for update skip locked""")
                .param("p", prefix + "%").param("batch", Math.max(1, Math.min(batch, 10_000)))
                .query(Long.class).list();
        for (long id : ids) {
            for (String field : FIELDS) {
                String column = COLUMNS.get(field);
                String stored = jdbc.sql("select " + column + " from filing where id = :id").param("id", id)
                        .query(String.class).optional().orElse(null);
                if (stored != null && !stored.startsWith(prefix)) {
                    jdbc.sql("update filing set " + column + " = :v where id = :id")
                            .param("v", cipher.encrypt(field, cipher.decrypt(field, stored))).param("id", id).update();
                }
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new AuditableChange(AuditAction.UPDATE, "filing_keys", cipher.currentKeyId(),
                    "re-encrypted " + ids.size() + " filings", Map.of(), Map.of("filings", ids.size()), null));
        }
        return ids.size();
    }
}
