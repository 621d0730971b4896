package org.shuangda.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What registering sets and a correction replaces, checked and resolved by {@link CaseValidator}: the
 * description, the amounts, the parties, the goods and the handling officers.
 *
 * @param officerIds at least two users of the handling unit, in the order entered
 */
record CaseDetails(String title, CaseCategory category, String productCategory, String facts, BigDecimal caseValue,
        BigDecimal illegalGains, BigDecimal illegalBusinessAmount, List<Party> parties, List<SeizedGoods> goods,
        List<Long> officerIds) {

    CaseDetails {
        parties = List.copyOf(parties);
        goods = List.copyOf(goods);
        officerIds = List.copyOf(officerIds);
    }

    /** The USCCs of the parties that are entities: what credit records are kept by. */
    List<String> partyUsccs() {
        return parties.stream().map(Party::uscc).filter(Objects::nonNull).toList();
    }
}
