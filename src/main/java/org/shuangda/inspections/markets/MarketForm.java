package org.shuangda.inspections.markets;

import java.util.List;
import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * What the office fills in for a key market (page form and API body alike). The director's name and phone are sent
 * in clear and stored encrypted; on an edit, leaving them blank keeps what is stored. {@code sellerIds} and
 * {@code sellerStalls} run in parallel (a stall may be blank);
 * without any {@code sellerStalls} an edit keeps the stalls on record.
 */
public record MarketForm(String name, String kind, Long operatorEntityId, String address, String regionCode,
        Long unitId, Integer stalls, Integer sellers, String directorName, String directorPhone,
        @MultiLine @MaxLength(1000) String goods,
        String frequency, Boolean active, List<Long> sellerIds, List<String> sellerStalls, Integer version) {

    public MarketForm {
        sellerIds = sellerIds == null ? List.of() : sellerIds.stream().filter(java.util.Objects::nonNull).toList();
        sellerStalls = sellerStalls == null ? List.of() : sellerStalls;
    }
}
