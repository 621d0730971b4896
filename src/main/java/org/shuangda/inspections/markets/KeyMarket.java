package org.shuangda.inspections.markets;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A key market as pages and the API show it: names resolved, the food-safety director masked (张*, 138****5678).
 */
public record KeyMarket(long id, String name, MarketKind kind, long operatorEntityId, String operatorName,
        String address, String regionCode, String regionName, long unitId, String unitName, int stalls, int sellers,
        String directorNameMasked, String directorPhoneMasked, String goods, InspectionFrequency frequency,
        boolean active, List<Seller> sellerEntities, int version, LocalDateTime updatedAt) {

    /** A seller inside the market: an entity of the directory and its stall. */
    public record Seller(long entityId, String name, String uscc, String stall) {
    }
}
