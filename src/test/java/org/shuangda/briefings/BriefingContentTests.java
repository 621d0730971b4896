package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the documents say, checked against the database: the figures (sums of the accepted raw values computed
 * here, not constants), the units praised and urged, and the stage summary's tasks and rounds.
 */
@WebTest
class BriefingContentTests {

    /** The seeds' wording of the indicators the seeds' sentence names, with their measures. */
    private static final Map<String, String[]> SEED_WORDS = new LinkedHashMap<>();
    static {
        SEED_WORDS.put("officers", new String[] {"出动执法人员", "人次"});
        SEED_WORDS.put("entities_checked", new String[] {"检查经营主体", "户"});
        SEED_WORDS.put("markets_checked", new String[] {"检查各类市场", "个"});
        SEED_WORDS.put("areas_rectified", new String[] {"整治重点区域", "处"});
        SEED_WORDS.put("cases_opened", new String[] {"查处案件", "件"});
        SEED_WORDS.put("case_value", new String[] {"案值", "万元"});
        SEED_WORDS.put("transferred", new String[] {"移送公安机关", "件"});
    }

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    BriefingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new BriefingFixtures(mvc, users, jdbc);
    }

    @Test
    void theIssuedDocxOfARoundCarriesItsFiguresAndTheCampaignsSoFarExactly() throws Exception {
        long id = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d, \"rounded\": false}"
                .formatted(fx.demoRound(2))));
        fx.issue("licheng.office", id);
        String docx = fx.docxText("licheng.office", id);

        assertThat(line(docx, "关于")).isEqualTo("关于第二次数据报送情况的通报"); // under the 红头
        String round = line(docx, "本次报送期间");
        String soFar = line(docx, "自专项行动开展以来，共计");
        int checked = 0;
        for (var e : SEED_WORDS.entrySet()) {
            BigDecimal inRound = fx.acceptedSum(e.getKey(), 2);
            BigDecimal total = fx.acceptedSum(e.getKey(), 1, 2);
            String[] w = e.getValue();
            if (inRound.signum() > 0) {
                assertThat(round).contains(w[0] + FigurePhrasing.plain(inRound) + w[1]);
                checked++;
            } else {
                assertThat(round).doesNotContain(w[0]); // no "0件" clauses
            }
            if (total.signum() > 0) {
                assertThat(soFar).contains(w[0] + FigurePhrasing.plain(total) + w[1]);
            }
        }
        assertThat(checked).as("the demo round has figures").isGreaterThan(3);
        assertThat(soFar).contains("出动执法人员" + FigurePhrasing.plain(fx.acceptedSum("officers", 1, 2)) + "人次，检查经营主体");
    }

    @Test
    void theDocxIsA4UnderTheRedHeaderWithTheTitleInXiaobiaosong() throws Exception {
        long id = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(1))));
        fx.issue("licheng.office", id);
        byte[] bytes = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/briefings/" + id + "/docx").with(users.as("licheng.office"))).andReturn()
                .getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
            var paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getRuns().get(0).getColor()).isEqualTo("FF0000"); // 红头
            var number = paragraphs.stream().filter(p -> p.getText().matches("〔\\d{4}〕\\d+号")).findFirst();
            assertThat(number).as("发文字号 with 六角括号").isPresent();
            assertThat(number.get().getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            var title = paragraphs.stream().filter(p -> p.getText().startsWith("关于")).findFirst().orElseThrow();
            assertThat(paragraphs.indexOf(title)).isGreaterThan(paragraphs.indexOf(number.get()));
            assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(doc.getFooterList()).hasSize(2)
                    .allSatisfy(f -> assertThat(f.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE"));
            String imprint = paragraphs.get(paragraphs.size() - 1).getText();
            assertThat(imprint).endsWith("印发").contains("黎城县");
            assertThat(paragraphs.get(paragraphs.size() - 1).getCTP().getPPr().getFramePr()).isNotNull();
        }
    }

    @Test
    void roundedPhrasingFollowsTheRulesOnTheDatabasesSums() throws Exception {
        String json = fx.draft("licheng.office", "{\"campaignId\": %d, \"rounded\": true}".formatted(fx.demoCampaign()));
        String text = BriefingFixtures.text(json);
        BigDecimal officers = fx.acceptedSum("officers", 1, 2, 3);
        BigDecimal markets = fx.acceptedSum("markets_checked", 1, 2, 3);
        assertThat(text).contains("出动执法人员" + FigurePhrasing.phrase(officers, true) + "人次");
        assertThat(text).contains("检查各类市场" + FigurePhrasing.phrase(markets, true) + "个");
        assertThat(FigurePhrasing.phrase(officers, true)).endsWith("余"); // the demo adds up to the seeds' 400余人次
    }

    @Test
    void praisedLateAndMissingUnitsAreThoseTheDatabaseShows() throws Exception {
        long round = fx.demoRound(3);
        String text = BriefingFixtures.text(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(round)));
        List<String> praised = units(round, "s.status = 'ACCEPTED' and s.on_time");
        List<String> late = units(round, "s.submitted_at is not null and not s.on_time and s.status <> 'RETURNED'");
        List<String> missing = units(round, "s.submitted_at is null and coalesce(s.status, '') <> 'RETURNED'");
        assertThat(praised).isNotEmpty();
        assertThat(missing).as("the demo leaves one unit out in the third round").isNotEmpty();
        assertThat(text).contains(UnitStanding.listed(praised, RoundBriefingText.LISTED) + "按时报送，数据完整，予以通报表扬。");
        if (!late.isEmpty()) {
            assertThat(text).contains(UnitStanding.listed(late, RoundBriefingText.LISTED) + "未按时报送");
        }
        assertThat(text).contains(UnitStanding.listed(missing, RoundBriefingText.LISTED) + "至今未报送，请于");
        List<String> underReview = units(round, "s.status = 'SUBMITTED' and s.on_time");
        underReview.forEach(u -> assertThat(text).doesNotContain(u));
    }

    /** The demo's round 3: every count in the 通报 comes from one tally and they add up to the units expected. */
    @Test
    void theCountsOfTheThirdRoundsBriefingAddUp() throws Exception {
        long round = fx.demoRound(3);
        String text = BriefingFixtures.text(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(round)));
        int expected = units(round, "true").size();
        List<String> returned = units(round, "s.status = 'RETURNED'");
        List<String> missing = units(round, "(s.id is null or s.submitted_at is null or s.status = 'DRAFT')"
                + " and coalesce(s.status, '') <> 'RETURNED'");
        List<String> late = units(round, "s.status in ('SUBMITTED', 'ACCEPTED') and s.submitted_at is not null and not s.on_time");
        List<String> onTime = units(round, "s.status in ('SUBMITTED', 'ACCEPTED') and s.submitted_at is not null and s.on_time");
        assertThat(onTime.size() + late.size() + returned.size() + missing.size()).isEqualTo(expected);
        var intro = java.util.regex.Pattern.compile("应报送单位(\\d+)个，按时报送(\\d+)个(?:，逾期报送(\\d+)个)?"
                + "(?:，退回修改(\\d+)个)?(?:，未报送(\\d+)个)?。").matcher(text);
        assertThat(intro.find()).as(text).isTrue();
        int said = 0;
        for (int g = 2; g <= 5; g++) {
            said += intro.group(g) == null ? 0 : Integer.parseInt(intro.group(g));
        }
        assertThat(Integer.parseInt(intro.group(1))).isEqualTo(expected).isEqualTo(said);
        assertThat(Integer.parseInt(intro.group(2))).isEqualTo(onTime.size());
        assertThat(intro.group(4) == null ? 0 : Integer.parseInt(intro.group(4))).isEqualTo(returned.size());
        assertThat(intro.group(5) == null ? 0 : Integer.parseInt(intro.group(5))).isEqualTo(missing.size());
        returned.forEach(u -> assertThat(text).contains(u));
        if (!returned.isEmpty()) {
            assertThat(text).contains("退回修改，请于");
        }
        var etc = java.util.regex.Pattern.compile("等(\\d+)个单位").matcher(text);
        while (etc.find()) {
            assertThat(Integer.parseInt(etc.group(1))).as("等N个单位 only when more are not named")
                    .isGreaterThan(RoundBriefingText.LISTED);
        }
    }

    @Test
    void theStageSummaryFollowsTheSeedsStructureWithTasksRoundsAndProblems() throws Exception {
        long campaign = fx.demoCampaign();
        String text = BriefingFixtures.text(fx.draft("licheng.office", "{\"campaignId\": %d}".formatted(campaign)));
        long tasks = jdbc.sql("select count(*) from campaign_task where campaign_id = :c").param("c", campaign)
                .query(Long.class).single();
        long rounds = jdbc.sql("select count(*) from report_round where campaign_id = :c").param("c", campaign)
                .query(Long.class).single();
        assertThat(text).contains("一、进一步统一思想，加强领导", "二、突出重点，明确任务", "三、取得的成效", "四、存在的问题和下一步打算");
        assertThat(text).contains("专项行动共分解任务" + tasks + "项", "共组织数据报送" + rounds + "次");
        List<String> lateInFirst = units(fx.demoRound(1), "s.submitted_at is not null and not s.on_time");
        assertThat(text).contains("第一次数据报送中，" + String.join("、", lateInFirst) + "未按时报送");
        assertThat(text.indexOf("四、")).isLessThan(text.indexOf(lateInFirst.get(0)));
    }

    /** Unit names of the demo county in the progress list's order, with a submission matching {@code where}. */
    private List<String> units(long round, String where) {
        return jdbc.sql("""
                select u.name from unit u join region r on r.code = u.region_code
                  left join report_submission s on s.unit_id = u.id and s.round_id = :round
                 where u.active and r.path like '%/140426/%' and (""" + where.replace("s.submitted_at is null",
                        "(s.id is null or s.submitted_at is null)") + ") order by r.path, u.path")
                .param("round", round).query(String.class).list();
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
