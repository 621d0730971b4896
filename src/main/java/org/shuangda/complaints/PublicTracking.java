package org.shuangda.complaints;

import java.util.Locale;
import java.util.Optional;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.RateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side without login: filing through the web form and following a filing with its tracking number
 * and query code, both limited per client address. An unknown number and a wrong code give the same answer,
 * so the page tells nobody which numbers exist. Nobody is an actor here: the filer is whoever holds the number
 * and the code, named "public" in the history and the audit trail.
 */
@Service
public class PublicTracking {

    private static final long MINUTE = 60_000;
    private static final long DAY = 86_400_000;

    private final FilingIntake intake;
    private final FilingStore store;
    private final FilingChanges changes;
    private final FilingClocks clocks;
    private final PublicLimits limits;
    private final RateLimiter limiter;

    PublicTracking(FilingIntake intake, FilingStore store, FilingChanges changes, FilingClocks clocks,
            PublicLimits limits, RateLimiter limiter) {
        this.intake = intake;
        this.store = store;
        this.changes = changes;
        this.clocks = clocks;
        this.limits = limits;
        this.limiter = limiter;
    }

    public FilingReceipt file(FilingRequest request, String clientIp) {
        if (!limiter.tryAcquire("file:" + clientIp, limits.filingsPerMinute(), MINUTE)
                || !limiter.tryAcquire("file:" + clientIp, limits.filingsPerDay(), DAY)) {
            throw new TooManyRequests("filing.public.tooMany");
        }
        return intake.fromPublic(request, clientIp);
    }

    @Transactional(readOnly = true)
    public Optional<PublicFilingView> track(String trackingNo, String queryCode, String clientIp) {
        return matching(trackingNo, queryCode, clientIp).map(v -> PublicFilingView.of(v, store.history(v.id())));
    }

    /** The filer's satisfaction (1–5) with a comment, once, after closing. */
    @Transactional
    public PublicFilingView rate(String trackingNo, String queryCode, Integer rating, String comment,
            String clientIp) {
        FilingView v = matching(trackingNo, queryCode, clientIp)
                .orElseThrow(() -> new InvalidInput("queryCode", "filing.public.notFound"));
        v.filing().rate(rating, comment, clocks.now());
        FilingView after = changes.saveForThePublic(v);
        return PublicFilingView.of(after, store.history(after.id()));
    }

    private Optional<FilingView> matching(String trackingNo, String queryCode, String clientIp) {
        if (!limiter.tryAcquire("track:" + clientIp, limits.lookupsPerMinute(), MINUTE)) {
            throw new TooManyRequests("filing.public.tooManyLookups");
        }
        String no = trackingNo == null ? "" : trackingNo.strip().toUpperCase(Locale.ROOT);
        return store.findByTrackingNo(no).filter(v -> store.codeHash(v.id())
                .filter(hash -> QueryCodes.matches(hash, v.filing().trackingNo(), queryCode)).isPresent());
    }
}
