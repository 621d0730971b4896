package org.shuangda.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample as recorded on site (the 抽样单): the plan, category and stage; the business sampled (from the directory by
 * {@code entityId}, or named with its region: an online shop, a stall); when, where and by whom (at least two
 * samplers, art.11; for a target of the plan's current draw the drawn samplers, which {@code samplerIds} may leave out
 * and may not change), the seals; the product as labelled; what was taken and paid; the test portion and the backup
 * (复检备份) as separate items, with where the backup is kept; and the lab it goes to (one of the plan's).
 */
public record SampleDraft(Long planId, String category, String stage, Long entityId, String entityName,
        String entityUscc, String entityAddress, String entityRegionCode, Sample.Online online, LocalDate sampledOn,
        String place, List<Long> samplerIds, String seals, String productName, String brand, String spec,
        String batchNo, LocalDate producedOn, LocalDate expiresOn, String quantity, BigDecimal pricePaid,
        String producerName, String producerAddress, String producerUscc, String producerRegionCode,
        String testPortion, String backupPortion, String backupLocation, Long labId) {
}
