/**
 * Market entities (市场主体): the region-owned directory of enterprises, individual businesses and
 * cooperatives that inspections, cases and complaints refer to. Public API: the code validators
 * {@link org.shuangda.entities.Uscc} and {@link org.shuangda.entities.ResidentIdNumber}, the
 * {@link org.shuangda.entities.MarketEntities} service (scoped reads and writes, the actor first),
 * {@link org.shuangda.entities.EntityImports} (XLSX/CSV import with a per-row preview) and
 * {@link org.shuangda.entities.EntityBulkLoader} (system loads: demo data, benchmarks) and
 * {@link org.shuangda.entities.LegalRepIdentity} (a legal representative's full ID number with a reason). Legal
 * representatives' ID numbers are stored as the privacy module's SM4 ciphertext (V99, V99_1). Depends on the
 * shared kernel and privacy; reads regions and units through organisation's published {@code pub_region} and
 * {@code pub_unit} views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market entities",
        allowedDependencies = {"shared", "privacy"})
package org.shuangda.entities;
