/**
 * Credit supervision (信用监管): each market entity's credit record (信用档案) built from the facts other modules
 * publish as events (penalties decided, complaints upheld, inspection and sampling results) and from this
 * module's own lists (经营异常名录, 严重违法失信名单), the public display periods and credit restoration (SAMR
 * Order 107), risk grades A–D (国市监信发〔2022〕6号), joint punishment measures and early warnings. Every fact is
 * one row of {@code credit_fact} written through {@link org.shuangda.credit.CreditFacts#record}, idempotent on its
 * source, so a re-delivered event changes nothing. Other modules never read its tables: they use {@link
 * org.shuangda.credit.CreditFacts} and {@link org.shuangda.credit.RiskGrades}. Depends on the shared kernel,
 * organisation, the calendar, entities and the events of cases and complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit 信用监管",
        allowedDependencies = {"shared", "organization", "calendar", "entities", "cases", "complaints", "messages"})
package org.shuangda.credit;
