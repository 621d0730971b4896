package org.shuangda.assessment;

/** Who a scheme assesses: the regions one level below the issuing office's (counties of a city), or member units. */
public enum TargetKind {
    REGIONS,
    UNITS
}
