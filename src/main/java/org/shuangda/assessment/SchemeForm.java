package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * A scheme as the office writes it (page form or JSON): the header, who is assessed, the thresholds, the steps and
 * the tree. Categories and items refer to a category by its 1-based position in {@code categories}; a blank
 * {@code code} is the series' own ({@code year}-based on creation), a blank item code is numbered.
 *
 * @param regionCodes the regions assessed (REGIONS): one level below the issuing office's
 * @param unitIds     the member units assessed (UNITS): within the issuing office's region
 * @param issuingUnitId the office issuing the scheme; null: the author's own unit
 * @param version       the version read (an update with another is refused); null: the current one
 */
public record SchemeForm(String code, Integer year, String title, Long issuingUnitId, TargetKind targetKind,
        List<String> regionCodes, List<Long> unitIds, LocalDate periodFrom, LocalDate periodTo, BigDecimal gradeA,
        BigDecimal gradeB, BigDecimal gradeC, BigDecimal bonusCap, Scheme.Steps steps, List<CategoryForm> categories,
        List<ItemForm> items, Integer version) {

    /** @param parent the 1-based position of the parent category (an earlier one), null at the top */
    public record CategoryForm(String name, Integer parent) {
    }

    /** @param category the 1-based position of the item's category in the form */
    public record ItemForm(Integer category, String code, String title, ItemKind kind, BigDecimal maxPoints,
            @MultiLine @MaxLength(2000) String rule, @MultiLine @MaxLength(2000) String evidence, String formulaKey,
            @MaxLength(2000) String formula, NoData noData) {
    }

    public SchemeForm {
        regionCodes = regionCodes == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regionCodes));
        unitIds = unitIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(unitIds));
        categories = categories == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categories));
        items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        steps = steps == null ? Scheme.Steps.none() : steps;
    }
}
