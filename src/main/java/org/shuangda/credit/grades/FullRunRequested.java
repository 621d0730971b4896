package org.shuangda.credit.grades;

/** Someone asked for every grade to be recomputed now (internal to credit.grades; run in the background). */
record FullRunRequested(String reason) {
}
