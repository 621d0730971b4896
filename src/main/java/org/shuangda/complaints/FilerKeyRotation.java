package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves filers' ciphertexts to the current key after a rotation, in batches: decrypt with the old key (still
 * configured), encrypt with the current one. Run it until it reports 0, then remove the old key.
 */
@Service
public class FilerKeyRotation {

    private static final List<String> FIELDS = List.of("name", "phone", "idNumber", "address", "replay");

    private final FilerKeyStore store;
    private final FilerCipher cipher;
    private final ApplicationEventPublisher events;

    FilerKeyRotation(FilerKeyStore store, FilerCipher cipher, ApplicationEventPublisher events) {
        this.store = store;
        this.cipher = cipher;
        this.events = events;
    }

    /** Re-encrypts up to {@code batch} filings still holding an old key; returns how many it moved. */
    @Transactional
    public int reencrypt(Actor me, int batch) {
        if (!me.require(Permission.ROUTING_MANAGE).all()) {
            throw new AccessDeniedProblem("key rotation needs ROUTING_MANAGE over everything");
        }
        String prefix = cipher.currentKeyId() + ":";
        List<Long> ids = store.underOldKeys(prefix, Math.max(1, Math.min(batch, 10_000)));
        for (long id : ids) {
            for (String field : FIELDS) {
                String stored = store.ciphertext(id, field).orElse(null);
                if (stored != null && !stored.startsWith(prefix)) {
                    store.replace(id, field, cipher.encrypt(field, cipher.decrypt(field, stored)));
                }
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(AuditableChange.of(me, AuditAction.UPDATE, "filing_keys", cipher.currentKeyId(),
                    "re-encrypted " + ids.size() + " filings", Map.of("filings", ids.size())));
        }
        return ids.size();
    }
}
