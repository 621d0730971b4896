package org.shuangda.complaints;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side without login: filing through the web form and following a filing with its tracking number
 * and query code, both limited per client address. An unknown number and a wrong code give the same answer,
 * so the page tells nobody which numbers exist.
 */
@Service
public class PublicTracking {

    private static final long MINUTE = 60_000;
    private static final long DAY = 86_400_000;

    private final FilingIntake intake;
    private final FilingStore store;
    private final PublicLimits limits;
    private final ApplicationEventPublisher events;
    private final RateLimiter limiter = new RateLimiter(Clock.systemUTC());

    PublicTracking(FilingIntake intake, FilingStore store, PublicLimits limits, ApplicationEventPublisher events) {
        this.intake = intake;
        this.store = store;
        this.limits = limits;
        this.events = events;
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
        return matching(trackingNo, queryCode, clientIp)
                .map(f -> PublicFilingView.of(f, store.events(f.id())));
    }

    /** The filer's satisfaction (1–5) with a comment, once, after closing. */
    @Transactional
    public PublicFilingView rate(String trackingNo, String queryCode, Integer rating, String comment,
            String clientIp) {
        Filing f = matching(trackingNo, queryCode, clientIp)
                .orElseThrow(() -> new InvalidInput("queryCode", "filing.public.notFound"));
        f.requireMayRate();
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInput("rating", "filing.error.rating");
        }
        String text = FilingValidator.strip(comment);
        if (text != null && text.length() > 500) {
            throw new InvalidInput("comment", "filing.error.tooLong", 500);
        }
        boolean done = store.update(f.id(), f.version(), "rating = :rating, rating_comment = nullif(:comment, ''), rated_at = now()",
                Map.of("rating", rating, "comment", text == null ? "" : text));
        if (!done) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.addEvent(f.id(), FilingEventKind.RATED, f.status(), null, String.valueOf(rating), "public");
        events.publishEvent(new AuditableChange(AuditAction.UPDATE, "filing", String.valueOf(f.id()),
                f.trackingNo(), Map.of(), Map.of("rating", rating), "public"));
        Filing after = store.find(f.id()).orElseThrow();
        return PublicFilingView.of(after, store.events(f.id()));
    }

    private Optional<Filing> matching(String trackingNo, String queryCode, String clientIp) {
        if (!limiter.tryAcquire("track:" + clientIp, limits.lookupsPerMinute(), MINUTE)) {
            throw new TooManyRequests("filing.public.tooManyLookups");
        }
        String no = trackingNo == null ? "" : trackingNo.strip().toUpperCase(java.util.Locale.ROOT);
        return store.findByTrackingNo(no).filter(f -> store.codeHash(f.id())
                .filter(hash -> QueryCodes.matches(hash, f.trackingNo(), queryCode)).isPresent());
    }
}
