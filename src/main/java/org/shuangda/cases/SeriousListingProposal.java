package org.shuangda.cases;

import java.util.List;

/**
 * The officer's proposal, made with a heavier penalty decision, to list the party in the 严重违法失信名单
 * (市场监督管理严重违法失信名单管理办法, SAMR Order 44, art.13: decided together with the penalty). Travels with
 * {@link PenaltyDecided}; the credit module turns it into a listing (and, for a county or city unit, a request for
 * the upper level's agreement, art.22).
 *
 * @param field    the field of art.5–11 (e.g. {@code COMPETITION_IP} for 侵犯知识产权), a code of the credit module
 * @param factors  the art.12 weighing factors found (intent, frequency, duration, amount, harm), as codes
 * @param reasons  the officer's reasons in words
 */
public record SeriousListingProposal(String field, List<String> factors, String reasons) {

    /** The fields of Order 44 art.5–11 (labels {@code serious.field.CODE}). */
    public static final List<String> FIELDS = List.of("FOOD", "DRUGS_DEVICES_COSMETICS", "QUALITY_SPECIAL_EQUIPMENT",
            "CONSUMER_RIGHTS", "COMPETITION_IP", "FRAUD", "REFUSING_DECISIONS");

    /** The weighing factors of Order 44 art.12 (labels {@code serious.factor.CODE}). */
    public static final List<String> FACTORS = List.of("INTENT", "FREQUENCY", "DURATION", "AMOUNT", "HARM");

    public SeriousListingProposal {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
