package org.shuangda.assessment;

/**
 * What a computed item scores when its formula has no value (a rate over nothing: no complaint came in, no round was
 * due): the full points (nothing was done late) or none.
 */
public enum NoData {
    FULL,
    ZERO
}
