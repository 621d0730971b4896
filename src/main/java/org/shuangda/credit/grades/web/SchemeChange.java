package org.shuangda.credit.grades.web;

import org.shuangda.shared.MaxLength;

/** A new scheme version over the API: every weight and threshold as a whole number. */
record SchemeChange(Integer windowMonths, Integer penaltyWarning, Integer penaltyMinor, Integer penaltyGeneral,
        Integer penaltySerious, Integer abnormalListed, Integer seriousListed, Integer sampleFailed,
        Integer inspectionFinding, Integer complaintUpheld, Integer underOneYear, Integer underThreeYears,
        Integer thresholdB, Integer thresholdC, Integer thresholdD, @MaxLength(200) String note,
        Integer basedOn) {
}
