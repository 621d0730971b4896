/**
 * The two credit lists (经营异常名录, SAMR Order 68; 严重违法失信名单, SAMR Order 44): {@link
 * org.shuangda.credit.listings.CreditListings} and its records, published to the demo data as the named interface
 * {@code credit :: listings}. Every listing and removal is also a credit fact ({@code credit.CreditFacts}).
 */
@org.springframework.modulith.NamedInterface("listings")
package org.shuangda.credit.listings;
