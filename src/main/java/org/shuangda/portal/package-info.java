/**
 * The public portal (一公开, issue 18): one site without login at {@code /public}, Chinese and made for a phone,
 * that gathers what every module publishes — each module contributes a section by implementing
 * {@link org.shuangda.shared.PublicListings} (penalties, the credit lists, inspection results, commendations, public
 * 通报, and sampling once it lands), discovered as Spring beans; the portal never reads a module's tables. It offers
 * the home page with each section's latest records, a search across sections with filters (words, dates, region),
 * and the entity lookup {@code /public/entities?q=} by name or USCC ({@link org.shuangda.entities.PublicEntities})
 * showing what is currently published about the entity. Records leave when their display period ends (each section
 * answers only what it shows today); natural persons are masked by the sections. Its own security rules live in
 * {@code portal.web}: a stateless filter chain (no session, GET and HEAD only), cache headers, and limits per client
 * address counted across nodes ({@link org.shuangda.shared.RateLimiter}) answering 429.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 一公开",
        allowedDependencies = {"shared", "entities", "organization", "identity", "calendar"})
package org.shuangda.portal;
