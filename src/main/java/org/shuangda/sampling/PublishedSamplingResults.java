package org.shuangda.sampling;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published query of sampling results for the public side ({@code /public/sampling}) and the later {@code portal}
 * module: no actor and no scope, because only what the rules publish is in it ({@link PublicResult}: final results
 * only, persons masked), failed results first and then the newest. {@link #ofEntity} answers one business's results
 * by its unified social credit code, as sampled unit or as labelled producer.
 */
@Service
public class PublishedSamplingResults {

    /** The most a list answers. */
    public static final int MAX = 500;

    private final SamplingFigureStore store;

    PublishedSamplingResults(SamplingFigureStore store) {
        this.store = store;
    }

    /** The latest published results, failed first, at most {@code limit} (≤ {@value #MAX}). */
    @Transactional(readOnly = true)
    public List<PublicResult> latest(int limit) {
        return store.published(Math.max(1, Math.min(limit, MAX))).stream().map(PublishedSamplingResults::of).toList();
    }

    /** The published results of the business with {@code uscc} (sampled or labelled producer); empty for a bad code. */
    @Transactional(readOnly = true)
    public List<PublicResult> ofEntity(String uscc) {
        String code = uscc == null ? "" : uscc.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[0-9A-Z]{18}")) {
            return List.of();
        }
        return store.publishedOf(code, MAX).stream().map(PublishedSamplingResults::of).toList();
    }

    private static PublicResult of(SamplingFigureStore.Published p) {
        SampleResult result = SampleResult.valueOf(p.result());
        String batchOrDate = p.batchNo() != null ? p.batchNo() : p.producedOn() == null ? null : p.producedOn().toString();
        return new PublicResult(p.id(), p.number(), SamplingKind.valueOf(p.kind()), p.category(), p.productName(),
                p.brand(), p.spec(), batchOrDate, result == SampleResult.FAIL ? p.failedItems() : List.of(),
                p.producerName(), p.producerAddress(), PersonMask.entity(p.entityName(), p.entityType()),
                p.entityAddress(), result, p.finalOn(), p.unitName());
    }
}
