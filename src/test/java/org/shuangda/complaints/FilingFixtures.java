package org.shuangda.complaints;

import org.shuangda.entities.Uscc;

/** Request bodies for the filing tests. */
final class FilingFixtures {

    static final String LICHENG = "140426";
    static final String PINGSHUN = "140425";

    private FilingFixtures() {
    }

    static String validUscc(String seventeen) {
        return seventeen + Uscc.checkCharFor(seventeen);
    }

    static String tipJson(String content, String region, String target) {
        return """
                {"track":"REPORT","channel":"12315","category":"COUNTERFEIT","content":"%s","regionCode":"%s",
                 "targetName":"%s","filerName":"张三丰","filerPhone":"13812345678","filerAddress":"黎城县黎侯镇东大街1号"}"""
                .formatted(content, region, target);
    }

    static String complaintJson(String content, String region, String target) {
        return """
                {"track":"COMPLAINT","channel":"12315","category":"QUALITY","content":"%s","regionCode":"%s",
                 "targetName":"%s","filerName":"李四","filerPhone":"13900001111"}"""
                .formatted(content, region, target);
    }

    static FilingRequest tip(String content, String region, String target, boolean anonymous) {
        return new FilingRequest("REPORT", "12315", "COUNTERFEIT", content, region, target, null, "CONSUMER",
                anonymous, anonymous ? null : "王小明", anonymous ? null : "13812345678", null,
                anonymous ? null : "黎城县黎侯镇北街8号", null);
    }

    static FilingRequest complaint(String content, String region, String target) {
        return new FilingRequest("COMPLAINT", "12315", "QUALITY", content, region, target, null, "CONSUMER",
                false, "赵敏", "13700002222", null, null, null);
    }
}
