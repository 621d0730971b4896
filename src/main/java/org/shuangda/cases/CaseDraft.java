package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.cases.CaseParty.PartyKind;

/**
 * What an officer enters to register (立案) or correct a case.
 *
 * @param unitId       the handling unit; null: the actor's own unit
 * @param registeredAt 立案 time; null: now (earlier dates for cases entered after the fact)
 * @param officerIds   at least two users of the handling unit
 */
public record CaseDraft(Long unitId, String title, CaseCategory category, String productCategory, String facts,
        BigDecimal caseValue, BigDecimal illegalGains, BigDecimal illegalBusinessAmount, List<PartyInput> parties,
        List<SeizedGoods> goods, List<Long> officerIds, LocalDateTime registeredAt) {

    public CaseDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
        goods = goods == null ? List.of() : List.copyOf(goods);
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
    }

    /** The same draft with other parties. */
    public CaseDraft withParties(List<PartyInput> others) {
        return new CaseDraft(unitId, title, category, productCategory, facts, caseValue, illegalGains,
                illegalBusinessAmount, others, goods, officerIds, registeredAt);
    }

    /**
     * A party as entered: an entity of the directory by id, or a natural person by name and ID number.
     *
     * @param idNumber the person's full 居民身份证号码 (stored, only ever shown masked)
     */
    public record PartyInput(PartyKind kind, Long entityId, String name, String idNumber, String address) {

        public static PartyInput entity(long entityId) {
            return new PartyInput(PartyKind.ENTITY, entityId, null, null, null);
        }

        public static PartyInput person(String name, String idNumber, String address) {
            return new PartyInput(PartyKind.PERSON, null, name, idNumber, address);
        }
    }
}
