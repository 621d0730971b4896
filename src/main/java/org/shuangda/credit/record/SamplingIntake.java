package org.shuangda.credit.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.MarketEntities;
import org.shuangda.shared.Actor;
import org.shuangda.shared.events.SampleResultFinal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a sample's final result ({@link SampleResultFinal}, from sampling, after its commit) into credit facts: one
 * for the sampled business and one for the labelled producer, each where the directory knows it (by id, or by USCC).
 * A failure is {@link CreditFactKind#SAMPLE_FAILED}, a negative inspection result shown for the minor tier's period
 * (市场监督管理信用修复管理办法 art.10); a pass is {@link CreditFactKind#SAMPLE_PASSED}, kept but not shown. Idempotent on
 * the sample: a re-delivered event changes nothing.
 */
@Component
class SamplingIntake {

    static final Actor SYSTEM = Actor.system("抽检结果归集");

    private final CreditFacts facts;
    private final MarketEntities entities;
    private final DisplayPeriods periods;

    SamplingIntake(CreditFacts facts, MarketEntities entities, DisplayPeriods periods) {
        this.facts = facts;
        this.entities = entities;
        this.periods = periods;
    }

    @ApplicationModuleListener
    void on(SampleResultFinal result) {
        record(result);
    }

    /** The facts of a final result; returns how many were new. */
    int record(SampleResultFinal r) {
        Map<Long, String> roles = new LinkedHashMap<>();
        Long seller = r.entityId() != null ? r.entityId() : byUscc(r.entityUscc());
        if (seller != null) {
            roles.put(seller, "SELLER");
        }
        Long producer = byUscc(r.producerUscc());
        if (producer != null) {
            roles.putIfAbsent(producer, "PRODUCER");
        }
        int recorded = 0;
        for (Map.Entry<Long, String> e : roles.entrySet()) {
            boolean negative = !r.passed();
            LocalDate from = negative ? r.finalOn() : null;
            LocalDate until = negative ? periods.lastDayShown(DisplayTier.MINOR, from, r.regionPath()) : null;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("sampleId", r.sampleId());
            detail.put("sampleNumber", r.sampleNumber());
            detail.put("product", r.productName());
            detail.put("failedItems", new ArrayList<>(r.failedItems()));
            detail.put("role", e.getValue());
            detail.put("negative", negative);
            String ref = roles.size() == 1 ? "sample:" + r.sampleId() : "sample:" + r.sampleId() + "#entity:" + e.getKey();
            String summary = negative
                    ? "抽检不合格：" + r.productName() + "（" + String.join("、", r.failedItems()) + "，" + r.sampleNumber() + "）"
                    : "抽检合格：" + r.productName() + "（" + r.sampleNumber() + "）";
            if (facts.record(SYSTEM, new NewCreditFact(e.getKey(), negative ? CreditFactKind.SAMPLE_FAILED
                    : CreditFactKind.SAMPLE_PASSED, "sampling", ref, r.finalOn(), r.unitId(), r.regionPath(), summary,
                    detail, negative ? DisplayTier.MINOR : DisplayTier.NOT_SHOWN, from, until)).isPresent()) {
                recorded++;
            }
        }
        return recorded;
    }

    private Long byUscc(String uscc) {
        return uscc == null ? null : entities.idsByUscc(SYSTEM, List.of(uscc)).get(uscc);
    }
}
