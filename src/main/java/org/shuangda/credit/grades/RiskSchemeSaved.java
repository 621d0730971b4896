package org.shuangda.credit.grades;

/** A new scheme version was saved (internal to credit.grades): every grade is recomputed with it after commit. */
record RiskSchemeSaved(int version) {
}
