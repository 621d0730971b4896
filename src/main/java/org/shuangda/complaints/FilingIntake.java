package org.shuangda.complaints;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes filings in from every channel: validates, routes, encrypts the filer's data and registers the
 * filing with its first history line in one transaction. The API's {@code Idempotency-Key} is enforced by a
 * unique index and an insert that returns nothing on conflict: a retry, even one running at the same time
 * as the first call, gets the first call's answer and never a second filing.
 */
@Service
public class FilingIntake {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final FilingValidator validator;
    private final RoutingTable routing;
    private final FilingStore store;
    private final FilerCipher cipher;
    private final FilingFiles files;

    FilingIntake(FilingValidator validator, RoutingTable routing, FilingStore store, FilerCipher cipher,
            FilingFiles files) {
        this.validator = validator;
        this.routing = routing;
        this.store = store;
        this.cipher = cipher;
        this.files = files;
    }

    /** The public web form: channel WEB, no login. */
    @Transactional
    public FilingReceipt fromPublic(FilingRequest request, String clientIp) {
        return register(validator.validate(request.withChannel(Channel.WEB.code())), null, null, null, clientIp,
                "public");
    }

    /** A hotline agent's form; the agent picks the channel (12315…). */
    @Transactional
    public FilingReceipt fromAgent(FilingRequest request) {
        Actor agent = Actors.require();
        requireIntake(agent);
        return register(validator.validate(request), null, null, null, null, agent.username());
    }

    /**
     * A call-centre system. With an {@code idempotencyKey} a repeated call returns the first answer
     * ({@code replayed}); the same key with a different body is refused (422 on {@code Idempotency-Key}).
     */
    @Transactional
    public FilingReceipt fromApi(FilingRequest request, String idempotencyKey) {
        Actor client = Actors.require();
        requireIntake(client);
        String key = FilingValidator.strip(idempotencyKey);
        if (key != null && key.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "filing.error.tooLong", 200);
        }
        ValidFiling valid = validator.validate(request);
        String requestHash = key == null ? null : QueryCodes.sha256(RequestFingerprint.of(request));
        return register(valid, client.userId(), key, requestHash, null, client.username());
    }

    private FilingReceipt register(ValidFiling v, Long clientId, String key, String requestHash, String ip,
            String createdBy) {
        return register(v, clientId, key, requestHash, ip, createdBy, null);
    }

    /** Also used to split a filing: the new one points back at {@code splitFromId}. */
    FilingReceipt register(ValidFiling v, Long clientId, String key, String requestHash, String ip,
            String createdBy, Long splitFromId) {
        long unitId = routing.route(v.regionCode(), v.category());
        String code = QueryCodes.generate();
        String trackingNo = "TS" + LocalDate.now(WorkingCalendar.ZONE).format(DAY)
                + String.format("%07d", store.nextNumber());
        NewFiling n = new NewFiling(trackingNo, QueryCodes.hash(trackingNo, code), v.track(), v.channel(),
                v.category(), v.content(), v.regionCode(), v.targetName(), v.targetUscc(), v.filerKind(),
                v.anonymous(), cipher.encrypt("name", v.filerName()), cipher.encrypt("phone", v.filerPhone()),
                cipher.encrypt("idNumber", v.filerIdNumber()), cipher.encrypt("address", v.filerAddress()),
                Masks.name(v.filerName()), Masks.phone(v.filerPhone()), unitId, clientId, key, requestHash,
                key == null ? null : cipher.encrypt("replay", code), ip, createdBy, splitFromId);
        var inserted = store.insert(n);
        if (inserted.isEmpty()) {
            // a concurrent call with the same key committed first: answer as it did
            return replay(store.findByIdempotencyKey(clientId, key).orElseThrow(), requestHash);
        }
        long id = inserted.get(); // with its RECEIVED history line, written by the same statement
        files.store(id, v.files());
        // the CREATE audit entry is appended by FilingIntakeAudit (outbox flag, see migration V43)
        String unitName = routing.unitName(unitId);
        return new FilingReceipt(id, trackingNo, code, FilingStatus.RECEIVED, unitName, false);
    }

    private FilingReceipt replay(FilingStore.Existing earlier, String requestHash) {
        if (requestHash == null || !requestHash.equals(earlier.requestHash())) {
            throw new InvalidInput("Idempotency-Key", "filing.error.idempotencyMismatch");
        }
        Filing f = store.find(earlier.id()).orElseThrow();
        return new FilingReceipt(f.id(), f.trackingNo(), cipher.decrypt("replay", earlier.replayCode()), f.status(),
                f.unitName(), true);
    }

    private static void requireIntake(Actor actor) {
        if (!actor.can(Permission.FILING_INTAKE)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission FILING_INTAKE");
        }
    }

}
