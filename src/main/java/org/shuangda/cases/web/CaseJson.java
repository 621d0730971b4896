package org.shuangda.cases.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.shuangda.cases.ClockView;
import org.shuangda.cases.EnforcementCase;

/** A case on the API with its clocks computed now (null when not running). */
record CaseJson(@JsonProperty("case") EnforcementCase caseRecord, ClockView decisionClock, ClockView seizureClock) {
}
