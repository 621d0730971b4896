package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A 查封扣押 as recorded: the decision (measure, place, 文号, date), its 清单, and its release once released.
 *
 * @param releasedOn    null while the goods are held
 * @param releaseNumber 文号 of the 解除查封（扣押）决定书 (the unit's 强 series), null while held or without numbering
 */
public record SeizureRecord(long id, long caseId, SeizureMeasure measure, String place, String decisionNumber,
        LocalDate decidedOn, OffsetDateTime recordedAt, String recordedBy, List<SeizureItem> items,
        LocalDate releasedOn, String releaseReason, SeizureDisposal disposal, String releaseNumber) {

    public SeizureRecord {
        items = List.copyOf(items);
    }

    /** The value of the goods held, in 元 (what may feed the case value). */
    public BigDecimal totalValue() {
        return items.stream().map(SeizureItem::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean released() {
        return releasedOn != null;
    }

    /**
     * What the officer enters: the number may be blank (then the unit's numbering gives it).
     */
    public record Order(SeizureMeasure measure, String place, String decisionNumber, LocalDate decidedOn,
            List<SeizureItem> items) {
    }
}
