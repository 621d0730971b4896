package org.shuangda.complaints;

import org.shuangda.privacy.IdentityOpening;
import org.shuangda.privacy.IdentityOpenings;
import org.shuangda.privacy.PersonalDataCipher;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A filer's identity in clear: only for the assigned handler (the person who took the filing on, {@code
 * Filing.handlerUserId}), never for the office, administrators, the unit head or other units, whatever their
 * scope; and only with a reason. Every opening is stored with its reason and client address and audited by
 * {@link IdentityOpenings} (the unit head's review list) before anything is decrypted: an administrator who
 * cannot become the handler has no path to the identity, and a handler's every look is on record.
 */
@Service
public class FilerIdentity {

    /** The decrypted identity. */
    public record Identity(String name, String phone, String idNumber, String address) {
    }

    static final String FIELDS = "name, phone, idNumber, address";

    private final FilingStore store;
    private final PersonalDataCipher cipher;
    private final IdentityOpenings openings;

    FilerIdentity(FilingStore store, PersonalDataCipher cipher, IdentityOpenings openings) {
        this.store = store;
        this.cipher = cipher;
        this.openings = openings;
    }

    /** Whether the actor is the one person who may see the identity (for the form). */
    public boolean mayReveal(Actor me, FilingView v) {
        Filing f = v.filing();
        return !f.filer().anonymous() && f.handlerUserId() != null && f.handlerUserId() == me.userId()
                && v.reachedBy(me, Permission.FILING_HANDLE);
    }

    /**
     * The identity for the assigned handler, with a reason (4–500 characters, else 422 on {@code reason}):
     * 404 outside the actor's scope, 403 for anyone but the handler (checked before the reason).
     */
    @Transactional
    public Identity reveal(Actor me, long id, String reason, String clientAddress) {
        FilingView v = store.find(id).filter(x -> x.visibleTo(me)).orElseThrow(() -> new NotFoundProblem("filing", id));
        if (!mayReveal(me, v)) {
            throw new AccessDeniedProblem("only the assigned handler may see the filer's identity");
        }
        openings.record(me, new IdentityOpenings.Subject(IdentityOpening.Kind.FILER, id, v.filing().trackingNo(),
                v.filing().unitId(), v.unitPath(), v.unitRegionPath(), FIELDS), reason, clientAddress);
        FilingStore.Secrets s = store.secrets(id);
        return new Identity(cipher.decrypt("name", s.name()), cipher.decrypt("phone", s.phone()),
                cipher.decrypt("idNumber", s.idNumber()), cipher.decrypt("address", s.address()));
    }
}
