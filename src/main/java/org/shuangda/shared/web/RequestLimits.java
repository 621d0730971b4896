package org.shuangda.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the platform (issue 11: no input that pins a CPU or a connection). Each
 * limit is a setting ({@code shuangda.limits.*}, {@code SHUANGDA_LIMITS_…}) with a default; a request over a
 * limit is refused with the field, the figure and the limit named, before any work is done:
 *
 * <ul>
 * <li>{@code page-size}: rows per page of any list ({@code ?size=}), checked for every request by
 *     {@link PageSizeLimit} — 422, not a silent clamp, so a client never takes a cut list for the whole;</li>
 * <li>{@code import-rows}: data rows per uploaded file of the entity import (XLSX/CSV), checked while the
 *     file is read — 422 on {@code file} with the limit, nothing staged (default 200,000: the import is
 *     benchmarked at 100,000 rows in {@code bench/README.md}); a report workbook has one row per indicator
 *     and is held to {@code indicators-per-template};</li>
 * <li>{@code indicators-per-template}: indicators of one report template (the validator's entry);</li>
 * <li>{@code items-per-list}: items in any list, array or map of a JSON body, by {@link CollectionSizeLimit};</li>
 * <li>{@code json-body} (forms and multipart follow {@code server.tomcat.max-http-form-post-size} and
 *     {@code spring.servlet.multipart.max-request-size}): 413, by {@link RequestLimitsFilter};</li>
 * <li>{@code statement-timeout.web|export|jobs}: PostgreSQL's {@code statement_timeout} for a page or API
 *     call, for a download ({@code .xlsx}, {@code .csv}, {@code .pdf}, {@code .docx}) or a bulk import, and for everything
 *     that runs outside a request (jobs, listeners, start-up, migrations; 0 = none), set by
 *     {@link StatementTimeoutDataSource}; a cancelled statement answers 503.</li>
 * </ul>
 */
@ConfigurationProperties("shuangda.limits")
public record RequestLimits(@DefaultValue("500") int pageSize, @DefaultValue("200000") int importRows,
        @DefaultValue("2000") int indicatorsPerTemplate, @DefaultValue("10000") int itemsPerList,
        @DefaultValue("2MB") DataSize jsonBody,
        @DefaultValue StatementTimeout statementTimeout) {

    /** {@code statement_timeout} by kind of work; {@link Duration#ZERO} means none. */
    public record StatementTimeout(@DefaultValue("10s") Duration web, @DefaultValue("120s") Duration export,
            @DefaultValue("0s") Duration jobs) {
    }

    /** The defaults, for code that runs without the Spring context (tests of a single class). */
    public static RequestLimits defaults() {
        return new RequestLimits(500, 200_000, 2_000, 10_000, DataSize.ofMegabytes(2),
                new StatementTimeout(Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ZERO));
    }

    /** Refuses a collection in a request body of more than {@code max} items (422 on {@code field}). */
    public static void checkItems(String field, java.util.Collection<?> items, int max) {
        if (items != null && items.size() > max) {
            throw new org.shuangda.shared.InvalidInput(field, "error.limit.items", items.size(), max);
        }
    }
}
