package org.shuangda.complaints;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.shuangda.privacy.PersonalDataCipher;
import org.shuangda.shared.Actor;
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

    /**
     * Where a filing came from: the API client and its key (idempotent calls), the public's address, who
     * registered it (shown in the history and the CREATE audit entry) and the filing it was split from.
     */
    private record Source(Long clientUserId, String idempotencyKey, String requestHash, String ip,
            String createdBy, Long splitFromId) {

        static Source by(String createdBy) {
            return new Source(null, null, null, null, createdBy, null);
        }
    }

    private final FilingValidator validator;
    private final RoutingTable routing;
    private final FilingStore store;
    private final PersonalDataCipher cipher;
    private final FilingFiles files;
    private final FilingClocks clocks;
    private final org.springframework.context.ApplicationEventPublisher events;

    FilingIntake(FilingValidator validator, RoutingTable routing, FilingStore store, PersonalDataCipher cipher,
            FilingFiles files, FilingClocks clocks, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.validator = validator;
        this.routing = routing;
        this.store = store;
        this.cipher = cipher;
        this.files = files;
        this.clocks = clocks;
    }

    /**
     * The public web form: channel WEB, nobody signed in (a signed-in visitor files as the public too), so
     * no actor; the history and the audit name the filer "public".
     */
    @Transactional
    public FilingReceipt fromPublic(FilingRequest request, String clientIp) {
        return register(validator.validate(request.withChannel(Channel.WEB.code())),
                new Source(null, null, null, clientIp, Filing.PUBLIC, null), clocks.now());
    }

    /** A hotline agent's form; the agent picks the channel (12315…). */
    @Transactional
    public FilingReceipt fromAgent(Actor me, FilingRequest request) {
        me.require(Permission.FILING_INTAKE);
        return register(validator.validate(request), Source.by(me.username()), clocks.now());
    }

    /**
     * A filing received earlier through another system (a letter registered on paper, the former hotline's
     * database), registered with the time it was received so that its clocks run from then.
     */
    @Transactional
    public FilingReceipt importReceived(Actor me, FilingRequest request, LocalDateTime receivedAt) {
        me.require(Permission.FILING_INTAKE);
        if (receivedAt == null || receivedAt.isAfter(clocks.now())) {
            throw new InvalidInput("receivedAt", "filing.error.receivedAt");
        }
        return register(validator.validate(request), Source.by(me.username()), receivedAt);
    }

    /**
     * A call-centre system. With an {@code idempotencyKey} a repeated call returns the first answer
     * ({@code replayed}); the same key with a different body is refused (422 on {@code Idempotency-Key}).
     */
    @Transactional
    public FilingReceipt fromApi(Actor client, FilingRequest request, String idempotencyKey) {
        client.require(Permission.FILING_INTAKE);
        String key = FilingValidator.strip(idempotencyKey);
        if (key != null && key.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "filing.error.tooLong", 200);
        }
        ValidFiling valid = validator.validate(request);
        String requestHash = key == null ? null : QueryCodes.sha256(RequestFingerprint.of(request));
        return register(valid, new Source(client.userId(), key, requestHash, null, client.username(), null),
                clocks.now());
    }

    /** The tip split off filing {@code splitFromId} (see {@link FilingRouting#split}). */
    FilingReceipt splitOff(Actor me, ValidFiling tip, long splitFromId) {
        return register(tip, new Source(null, null, null, null, me.username(), splitFromId), clocks.now());
    }

    private FilingReceipt register(ValidFiling v, Source source, LocalDateTime receivedAt) {
        long unitId = routing.route(v.regionCode(), v.category());
        String code = QueryCodes.generate();
        String trackingNo = "TS" + receivedAt.format(DAY) + String.format("%07d", store.nextNumber());
        NewFiling n = new NewFiling(trackingNo, QueryCodes.hash(trackingNo, code), v.track(), v.channel(),
                v.category(), v.content(), v.regionCode(), v.targetName(), v.targetUscc(), v.filerKind(),
                v.anonymous(), cipher.encrypt("name", v.filerName()), cipher.encrypt("phone", v.filerPhone()),
                cipher.encrypt("idNumber", v.filerIdNumber()), cipher.encrypt("address", v.filerAddress()),
                Masks.name(v.filerName()), Masks.phone(v.filerPhone()), unitId, source.clientUserId(),
                source.idempotencyKey(), source.requestHash(),
                source.idempotencyKey() == null ? null : cipher.encrypt("replay", code), source.ip(),
                source.createdBy(), source.splitFromId());
        var inserted = store.insert(n, receivedAt);
        if (inserted.isEmpty()) {
            // a concurrent call with the same key committed first: answer as it did
            return replay(store.findByIdempotencyKey(source.clientUserId(), source.idempotencyKey()).orElseThrow(),
                    source.requestHash());
        }
        long id = inserted.get(); // with its RECEIVED history line, written by the same statement
        files.store(id, v.files());
        // announced inside the registering transaction (credit counts what the public reports about a business)
        store.find(id).ifPresent(f -> events.publishEvent(FilingReceived.of(f.filing())));
        // the CREATE audit entry is appended by FilingIntakeAudit (outbox flag, see migration V43)
        return new FilingReceipt(id, trackingNo, code, FilingStatus.RECEIVED, routing.unitName(unitId), false);
    }

    private FilingReceipt replay(FilingStore.Existing earlier, String requestHash) {
        if (requestHash == null || !requestHash.equals(earlier.requestHash())) {
            throw new InvalidInput("Idempotency-Key", "filing.error.idempotencyMismatch");
        }
        FilingView f = store.find(earlier.id()).orElseThrow();
        return new FilingReceipt(f.id(), f.filing().trackingNo(), cipher.decrypt("replay", earlier.replayCode()),
                f.filing().status(), f.unitName(), true);
    }
}
