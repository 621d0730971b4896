package org.shuangda.inspections.markets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A key market as pages and the API show it: names resolved, the food-safety director masked (张*, 138****5678), the
 * last day an inspection record checked it (null: never) and the day the next inspection is due by its frequency
 * (never checked: due now).
 */
public record KeyMarket(long id, String name, MarketKind kind, long operatorEntityId, String operatorName,
        String address, String regionCode, String regionName, long unitId, String unitName, int stalls, int sellers,
        String directorNameMasked, String directorPhoneMasked, String goods, InspectionFrequency frequency,
        boolean active, List<Seller> sellerEntities, int version, LocalDateTime updatedAt, LocalDate lastInspectedOn,
        LocalDate nextInspectionDue) {

    /** A seller inside the market: an entity of the directory and its stall. */
    public record Seller(long entityId, String name, String uscc, String stall) {
    }
}
