package org.shuangda.privacy;

import java.util.LinkedHashMap;
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
 * Moves every module's ciphertexts to the current key after a rotation, in batches: decrypt with the old key
 * (still configured), encrypt with the current one. Run it until it reports 0, then remove the old key.
 */
@Service
public class PersonalDataKeyRotation {

    private final List<EncryptedColumns> columns;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;

    PersonalDataKeyRotation(List<EncryptedColumns> columns, PersonalDataCipher cipher,
            ApplicationEventPublisher events) {
        this.columns = columns;
        this.cipher = cipher;
        this.events = events;
    }

    /** Re-encrypts up to {@code batch} rows still under an old key, across modules; returns how many it moved. */
    @Transactional
    public int reencrypt(Actor me, int batch) {
        // the permission the filers' rotation always needed: the installation-wide routing administrator
        if (!me.require(Permission.ROUTING_MANAGE).all()) {
            throw new AccessDeniedProblem("key rotation needs ROUTING_MANAGE over everything");
        }
        int left = Math.max(1, Math.min(batch, 10_000));
        int moved = 0;
        Map<String, Object> counts = new LinkedHashMap<>();
        for (EncryptedColumns c : columns) {
            if (left == 0) {
                break;
            }
            int n = c.reencrypt(cipher, left);
            if (n > 0) {
                counts.put(c.what(), n);
            }
            moved += n;
            left -= n;
        }
        if (moved > 0) {
            events.publishEvent(AuditableChange.of(me, AuditAction.UPDATE, "personal_data_keys",
                    cipher.currentKeyId(), "re-encrypted " + moved + " rows", counts));
        }
        return moved;
    }
}
