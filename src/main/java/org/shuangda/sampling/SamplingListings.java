package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.shuangda.shared.PublicListings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's section 抽检结果公示: the final sampling results {@link PublishedSamplingResults} publishes (failed
 * first, persons masked), searched by product, brand, producer or sampled unit; a business's own results found by
 * its USCC (as sampled unit or labelled producer). Results stay on the site (no display period is set for them).
 */
@Component
class SamplingListings implements PublicListings {

    private final PublishedSamplingResults results;

    SamplingListings(PublishedSamplingResults results) {
        this.results = results;
    }

    @Override
    public String section() {
        return "sampling";
    }

    @Override
    public String titleCode() {
        return "sampling.public.title";
    }

    @Override
    public String path() {
        return "/public/sampling";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        String text = q.text() == null ? null : q.text().toLowerCase(Locale.ROOT);
        List<PublicResult> matched = results.latest(PublishedSamplingResults.MAX).stream()
                .filter(r -> text == null || Stream.of(r.productName(), r.brand(), r.producerName(), r.sampledUnit(),
                        r.number(), r.category()).anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(text)))
                .filter(r -> q.from() == null || r.publishedOn() != null && !r.publishedOn().isBefore(q.from()))
                .filter(r -> q.to() == null || r.publishedOn() != null && !r.publishedOn().isAfter(q.to()))
                .toList();
        List<Item> page = matched.stream().skip(q.offset()).limit(q.size()).map(this::item).toList();
        return new Page(page, matched.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(Subject subject, LocalDate today, int limit) {
        return subject.uscc() == null ? List.of()
                : results.ofEntity(subject.uscc()).stream().limit(limit).map(this::item).toList();
    }

    private Item item(PublicResult r) {
        String failed = r.failedItems().isEmpty() ? null : "不合格项目：" + String.join("、", r.failedItems());
        return new Item(section(), r.productName() + (r.brand() == null ? "" : "（" + r.brand() + "）"),
                r.sampledUnit(), null, r.publishedOn(), null, r.samplingUnit(), failed, "/public/sampling#public-sample-" + r.id(),
                "sampling.result." + r.result());
    }
}
