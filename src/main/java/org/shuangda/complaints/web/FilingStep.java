package org.shuangda.complaints.web;

/**
 * What a step's form or JSON body carries; each step reads its own fields: {@code ground} and
 * {@code explanation} (refuse; pause: the reason code and a note), {@code text} (answer, extend: the approval, split: the tip's text),
 * {@code outcome} and {@code resultText} (close), {@code unitId} and {@code reason} (reroute), {@code primaryId}
 * (merge). The form fields and the API's body have the same names.
 */
record FilingStep(String ground, String explanation, String text, String outcome, String resultText, Long unitId,
        String reason, Long primaryId) {

    static final FilingStep NONE = new FilingStep(null, null, null, null, null, null, null, null);
}
