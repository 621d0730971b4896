/**
 * Demo data: 长治市 with 黎城县 (seed 001's county) and its sibling 平顺县, their 双打 leading groups,
 * member units, users of every role and market entities. Loaded once, on the first start of the embedded
 * default; never under the {@code prod} profile. Each module contributes a {@link org.shuangda.demo.DemoDataStep}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "platform", "organization", "identity", "entities", "campaigns", "complaints", "cases", "cases :: transfer", "cases :: publication", "reporting", "calendar", "credit :: listings", "leadership", "inspections :: markets", "inspections :: records", "inspections :: draw", "publicity", "assessment", "assessment :: supervision", "sampling"})
package org.shuangda.demo;
