/**
 * Cases (案件) and clues (线索): a unit's administrative enforcement record from the clue to the closed case,
 * with the legal clocks (clue verification 15 working days, decision 90 days, 查封扣押 30 days), 督办,
 * evidence, DOCX documents, search and export. The transfer to police (subpackage {@code transfer}) and the
 * publication of penalties (subpackage {@code publication}) build on the public service {@link
 * org.shuangda.cases.Cases}. Cases are unit-owned: seen by whose scope reaches the handling unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"shared", "organization", "calendar", "entities", "privacy"})
package org.shuangda.cases;
