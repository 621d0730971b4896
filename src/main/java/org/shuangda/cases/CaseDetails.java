package org.shuangda.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What registering sets and a correction replaces, checked and resolved by {@link CaseValidator}: the
 * description, the amounts, the parties, the goods and the handling officers.
 *
 * @param caseValue        案值 in force ({@link CaseValue#value}): what lists, thresholds and statistics read
 * @param caseValueEntered 案值 as the officer typed it, null when left to the goods
 * @param officerIds at least two users of the handling unit, in the order entered
 */
record CaseDetails(String title, CaseCategory category, String productCategory, String facts, BigDecimal caseValue,
        BigDecimal caseValueEntered, BigDecimal illegalGains, BigDecimal illegalBusinessAmount, List<Party> parties, List<SeizedGoods> goods,
        List<Long> officerIds) {

    CaseDetails {
        parties = List.copyOf(parties);
        goods = List.copyOf(goods);
        officerIds = List.copyOf(officerIds);
    }

    /** The same details with the 案值 worked out again from the goods and the seized items ({@link CaseValue}). */
    CaseDetails revalued(List<SeizureItem> seized) {
        return new CaseDetails(title, category, productCategory, facts,
                CaseValue.of(caseValueEntered, goods, seized).value(), caseValueEntered, illegalGains,
                illegalBusinessAmount, parties, goods, officerIds);
    }

    /** The USCCs of the parties that are entities: what credit records are kept by. */
    List<String> partyUsccs() {
        return parties.stream().map(Party::uscc).filter(Objects::nonNull).toList();
    }
}
