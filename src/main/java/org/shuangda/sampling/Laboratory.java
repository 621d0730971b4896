package org.shuangda.sampling;

import java.util.List;
import java.util.Set;

/**
 * A laboratory (检验机构): accredited ({@code accreditation}: the CMA/CNAS certificate), with the kinds of sampling it
 * tests and its scope in words. Its people are the users of its own unit ({@code unitId}) holding the LABORATORY role.
 * {@code published}: on the list re-test labs are drawn from (复检机构名录). {@code ties}: businesses it may not re-test
 * for.
 */
public record Laboratory(long id, String name, long unitId, String unitName, String accreditation,
        Set<SamplingKind> kinds, String scope, boolean published, boolean active, List<Tie> ties, int version) {

    /** A business the lab is tied to (委托检验, 持股, 人员), by its USCC. */
    public record Tie(String uscc, String entityName, String kind, String note) {
    }

    public Laboratory {
        kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(kinds));
        ties = ties == null ? List.of() : List.copyOf(ties);
    }

    public boolean tiedTo(String uscc) {
        return uscc != null && ties.stream().anyMatch(t -> t.uscc().equals(uscc));
    }
}
