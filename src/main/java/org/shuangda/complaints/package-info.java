/**
 * Complaints and tips (投诉举报): intake from the hotlines, the public web form and call-centre systems
 * (idempotent), routing by region and category to the responsible unit, legal clocks on the working-day
 * calendar, duplicates, the public tracking page, encrypted personal data (the privacy module's cipher; each
 * opening of a filer's identity recorded there with its reason), statistics, and tips handed to
 * the cases module as clues. Talks to cases only through {@code org.shuangda.shared.events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and tips",
        allowedDependencies = {"shared", "organization", "calendar", "entities", "privacy"})
package org.shuangda.complaints;
