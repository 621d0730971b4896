package org.shuangda.complaints;

import java.util.Map;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A filer's identity in clear: only for the assigned handler (the person who took the filing on), never for
 * the office, administrators or other units, whatever their scope. Every view is written to the audit trail.
 */
@Service
public class FilerIdentity {

    /** The decrypted identity. */
    public record Identity(String name, String phone, String idNumber, String address) {
    }

    private final FilingStore store;
    private final FilerCipher cipher;
    private final ApplicationEventPublisher events;

    FilerIdentity(FilingStore store, FilerCipher cipher, ApplicationEventPublisher events) {
        this.store = store;
        this.cipher = cipher;
        this.events = events;
    }

    /** Whether the actor is the one person who may see the identity (for the button). */
    public boolean mayReveal(Actor me, FilingView v) {
        Filing f = v.filing();
        return !f.filer().anonymous() && f.handlerUserId() != null && f.handlerUserId() == me.userId()
                && v.reachedBy(me, Permission.FILING_HANDLE);
    }

    @Transactional
    public Identity reveal(Actor me, long id) {
        FilingView v = store.find(id).filter(x -> x.visibleTo(me)).orElseThrow(() -> new NotFoundProblem("filing", id));
        if (!mayReveal(me, v)) {
            throw new AccessDeniedProblem("only the assigned handler may see the filer's identity");
        }
        FilingStore.Secrets s = store.secrets(id);
        events.publishEvent(AuditableChange.of(me, AuditAction.VIEW_PERSONAL_DATA, "filing", id,
                v.filing().trackingNo(), Map.of("fields", "name, phone, idNumber, address")));
        return new Identity(cipher.decrypt("name", s.name()), cipher.decrypt("phone", s.phone()),
                cipher.decrypt("idNumber", s.idNumber()), cipher.decrypt("address", s.address()));
    }
}
