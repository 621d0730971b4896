package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.List;

/**
 * A sampling result as published (食品安全抽样检验管理办法 art.46: food name, specification, brand, production date or
 * batch, failed item, labelled producer's name and address, sampled unit's name and address), only once final: a
 * pass at once, a failure after its re-test window closed or its re-test concluded. Natural persons are masked: an
 * 个体工商户 registered under a bare personal name shows the family name only; samplers, signatories and applicants
 * never appear.
 *
 * @param result {@code PASS} or {@code FAIL}; a failure overturned by its re-test is a pass
 */
public record PublicResult(long id, String number, SamplingKind kind, String category, String productName,
        String brand, String spec, String batchOrDate, List<String> failedItems, String producerName,
        String producerAddress, String sampledUnit, String sampledUnitAddress, SampleResult result,
        LocalDate publishedOn, String samplingUnit) {

    public PublicResult {
        failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
    }
}
