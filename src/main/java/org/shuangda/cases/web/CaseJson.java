package org.shuangda.cases.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.ClockView;

/** A case on the API with its clocks computed now (null when not running). */
record CaseJson(@JsonProperty("case") CaseView caseRecord, ClockView decisionClock, ClockView seizureClock) {
}
