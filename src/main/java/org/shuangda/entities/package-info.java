/**
 * Market entities (市场主体): the region-owned directory of enterprises, individual businesses and
 * cooperatives that inspections, cases and complaints refer to. Public API: the code validators
 * {@link org.shuangda.entities.Uscc} and {@link org.shuangda.entities.ResidentIdNumber}, the
 * {@link org.shuangda.entities.MarketEntities} service (scoped reads and writes, the actor first),
 * {@link org.shuangda.entities.EntityImports} (XLSX/CSV import with a per-row preview) and
 * {@link org.shuangda.entities.EntityBulkLoader} (system loads: demo data, benchmarks). Depends only on the
 * shared kernel; reads regions through organisation's published {@code pub_region} view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market entities")
package org.shuangda.entities;
