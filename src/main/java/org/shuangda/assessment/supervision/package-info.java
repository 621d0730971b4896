/**
 * 督查 (issue 18): the office's visits to member units with a checklist; each finding a rectification task with its
 * date, reported by the unit and closed by the office ({@link org.shuangda.assessment.supervision.Visits}). Part of the
 * assessment module (its findings closed on time feed a computed item); exposed as the named interface
 * {@code supervision} for the demo data.
 */
@org.springframework.modulith.NamedInterface("supervision")
package org.shuangda.assessment.supervision;
