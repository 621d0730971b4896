package org.shuangda.cases;

/**
 * The unit a case or clue belongs to, as the data scope needs it: its id and the unit and region paths copied
 * onto the row when it was registered.
 */
record OwningUnit(long id, String path, String regionPath) {
}
