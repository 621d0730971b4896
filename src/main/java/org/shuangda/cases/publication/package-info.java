/**
 * Publication of penalty decisions (行政处罚信息公示): records created on {@code PenaltyDecided}, published by the
 * office within 20 working days, corrected or withdrawn with public history; the public page /public/penalties.
 * Part of the cases module; exposed as the named interface {@code publication} for the demo data.
 */
@org.springframework.modulith.NamedInterface("publication")
package org.shuangda.cases.publication;
