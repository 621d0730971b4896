package org.shuangda.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.ReportingFixtures;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publicity activities: what reporting is offered for a unit and a round's period equals the records (宣传资料 and
 * the activity counts), photos of a wrong type or size are refused with nothing stored, bad input answers 422, and
 * scope (another county neither lists nor opens nor changes). Activities are dated in a past year of their own
 * (2021), apart from the demo's.
 */
@WebTest
class PublicityActivitiesTests {

    static final String REPORTER = "licheng.reporter";

    @Autowired PublicityActivities activities;
    @Autowired List<DerivedFigures> sources;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private long unitOf(String username) {
        return jdbc.sql("select unit_id from app_user where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private DerivedFigures publicity() {
        return sources.stream().filter(s -> s.sourceLabel().equals("derived.source.publicity")).findFirst()
                .orElseThrow();
    }

    static ActivityForm form(String day, String kind, int materials, int attendance, long reach) {
        return new ActivityForm(null, null, day, kind, "测试宣传" + kind + day, "黎城县", materials, attendance, reach,
                null, null);
    }

    /** A small real PNG. */
    static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void the_figures_for_a_unit_and_a_rounds_period_equal_its_records() throws Exception {
        Actor reporter = users.actor(REPORTER);
        long unit = unitOf(REPORTER);
        activities.create(reporter, form("2021-03-15", "CONSULTATION", 1200, 800, 0));
        activities.create(reporter, form("2021-03-20", "DESTRUCTION", 300, 150, 20000));
        activities.create(reporter, form("2021-03-31", "CONSULTATION", 100, 50, 0));
        activities.create(reporter, form("2021-04-01", "LECTURE", 999, 99, 9));
        // another unit's activity in the same month counts for that unit only
        activities.create(users.actor("pingshun.reporter"), form("2021-03-16", "MEDIA", 77, 0, 30000));

        Map<String, BigDecimal> march = publicity().figuresFor(unit, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
        assertThat(march.get("leaflets")).isEqualByComparingTo("1600");
        assertThat(march.get("publicity_activities")).isEqualByComparingTo("3");
        assertThat(march.get("publicity_desks")).isEqualByComparingTo("2");
        assertThat(march.get("publicity_destructions")).isEqualByComparingTo("1");
        assertThat(march.get("publicity_media")).isEqualByComparingTo("0");
        assertThat(march.get("publicity_attendance")).isEqualByComparingTo("1000");
        assertThat(march.get("publicity_reach")).isEqualByComparingTo("20000");
        Map<String, BigDecimal> april = publicity().figuresFor(unit, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30));
        assertThat(april.get("leaflets")).isEqualByComparingTo("999");
        assertThat(april.get("publicity_lectures")).isEqualByComparingTo("1");
        assertThat(publicity().figuresFor(unit, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31))).isEmpty();

        // a round of the March period offers them on the unit's form, beside what the reporter types
        long round = round("SHUANGDA_PUBLICITY", "2021-03-01", "2021-03-31");
        long submission = submission(round);
        mvc.perform(get("/api/v1/submissions/" + submission).with(users.as(REPORTER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动' && @.indicator == 'leaflets')].value").value(1600.0))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动' && @.indicator == 'publicity_activities')].value").value(3))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动' && @.indicator == 'publicity_desks')].value").value(2))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动' && @.indicator == 'publicity_reach')].value").value(20000.0));
        // and the basic template's 宣传资料 for the same period
        long basic = submission(round("SHUANGDA_BASIC", "2021-03-01", "2021-03-31"));
        mvc.perform(get("/api/v1/submissions/" + basic).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动')]", hasSize(1)))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '宣传活动')].value").value(1600.0));
    }

    private long round(String template, String from, String to) throws Exception {
        long templateId = jdbc.sql("select id from report_template where code = :c").param("c", template)
                .query(Long.class).single();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String json = mvc.perform(post("/api/v1/rounds").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "宣传测试%s",
                                 "periodFrom": "%s", "periodTo": "%s", "dueOn": "%s", "locksAfter": "%s"}"""
                                .formatted(ReportingFixtures.newCampaign(jdbc, "140426"), templateId, template, from, to,
                                        today.plusDays(10), today.plusDays(20))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.round.id")).longValue();
    }

    private long submission(long round) throws Exception {
        String json = mvc.perform(post("/api/v1/submissions").param("round", String.valueOf(round))
                        .with(users.as(REPORTER)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long photos() {
        return jdbc.sql("select count(*) from publicity_photo").query(Long.class).single();
    }

    private long created() throws Exception {
        String json = mvc.perform(post("/api/v1/publicity/activities").with(users.as(REPORTER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "2021-06-01", "kind": "EXHIBITION", "title": "照片测试展览", "materials": 10}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unitId").value(unitOf(REPORTER)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void photos_of_a_wrong_type_or_size_are_refused_with_the_reason_and_nothing_is_stored() throws Exception {
        long id = created();
        long before = photos();
        String url = "/api/v1/publicity/activities/" + id + "/photos";
        mvc.perform(multipart(url).file(new MockMultipartFile("photo", "scan.gif", "image/gif", new byte[] {71, 73, 70}))
                        .with(users.as(REPORTER)).with(csrf())).andExpect(status().is(422))
                .andExpect(content().string(containsString("只接受JPG或PNG")));
        mvc.perform(multipart(url).file(new MockMultipartFile("photo", "fake.png", "image/png", "MZ not a picture".getBytes()))
                        .with(users.as(REPORTER)).with(csrf())).andExpect(status().is(422))
                .andExpect(content().string(containsString("内容不是PNG图片")));
        byte[] big = new byte[PublicityActivities.PHOTO_MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        mvc.perform(multipart(url).file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", big))
                        .with(users.as(REPORTER)).with(csrf())).andExpect(status().is(422))
                .andExpect(content().string(containsString("超过5MB")));
        assertThat(photos()).isEqualTo(before);

        String json = mvc.perform(multipart(url).file(new MockMultipartFile("photo", "desk.png", "image/png", png()))
                        .with(users.as(REPORTER)).with(csrf())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.photos", hasSize(1))).andExpect(jsonPath("$.photos[0].contentType").value("image/png"))
                .andReturn().getResponse().getContentAsString();
        long photo = ((Number) JsonPath.read(json, "$.photos[0].id")).longValue();
        mvc.perform(get(url + "/" + photo).with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(png()));
        mvc.perform(get(url + "/" + photo).with(users.as("pingshun.office"))).andExpect(status().isNotFound());

        // the form with a wrong photo records nothing at all
        long activities = jdbc.sql("select count(*) from publicity_activity").query(Long.class).single();
        mvc.perform(multipart("/publicity").file(new MockMultipartFile("photos", "a.exe", "application/octet-stream",
                                "MZ".getBytes()))
                        .param("kind", "LECTURE").param("title", "带错误照片的讲座").param("heldOn", "2021-06-02")
                        .with(users.as(REPORTER)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("只接受JPG或PNG")));
        assertThat(jdbc.sql("select count(*) from publicity_activity").query(Long.class).single()).isEqualTo(activities);
        mvc.perform(multipart("/publicity").file(new MockMultipartFile("photos", "ok.png", "image/png", png()))
                        .param("kind", "LECTURE").param("title", "带照片的讲座").param("heldOn", "2021-06-02")
                        .param("materials", "30").with(users.as(REPORTER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from publicity_photo p join publicity_activity a on a.id = p.activity_id"
                + " where a.title = '带照片的讲座'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_the_reason_and_nothing_changes() throws Exception {
        Actor reporter = users.actor(REPORTER);
        String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertThatThrownBy(() -> activities.create(reporter, form(tomorrow, "LECTURE", 1, 1, 1)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("heldOn");
        assertThatThrownBy(() -> activities.create(reporter, form("2021-06-03", "PARADE", 1, 1, 1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> activities.create(reporter, form("2021-06-03", "LECTURE", -1, 1, 1)))
                .isInstanceOf(InvalidInput.class);
        // a reporter records for his own unit only
        long other = unitOf("pingshun.reporter");
        assertThatThrownBy(() -> activities.create(reporter, new ActivityForm(other, null, "2021-06-03", "LECTURE",
                "别的单位的讲座", null, 1, 1, 1L, null, null))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems().get(0).field()).isEqualTo("unitId");
        mvc.perform(post("/api/v1/publicity/activities").with(users.as(REPORTER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "2021-13-01", "kind": "LECTURE", "title": ""}"""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("heldOn")))
                .andExpect(content().string(containsString("title")));
        assertThat(jdbc.sql("select count(*) from publicity_activity where title = '别的单位的讲座'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void another_county_neither_lists_nor_opens_nor_changes_an_activity() throws Exception {
        long id = created();
        mvc.perform(get("/api/v1/publicity/activities").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(1)));
        mvc.perform(get("/api/v1/publicity/activities").with(users.as("pingshun.office"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(0)));
        mvc.perform(get("/api/v1/publicity/activities/" + id).with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publicity/" + id).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/publicity/activities/" + id).with(users.as("pingshun.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "2021-06-01", "kind": "EXHIBITION", "title": "改", "version": 0}"""))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> activities.delete(users.actor("pingshun.reporter"), id))
                .isInstanceOf(NotFoundProblem.class);
        // the county office changes it; the audit trail has both steps
        mvc.perform(put("/api/v1/publicity/activities/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId": %d, "heldOn": "2021-06-01", "kind": "EXHIBITION", "title": "照片测试展览（更正）",
                                 "materials": 12, "version": 0}""".formatted(unitOf(REPORTER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.materials").value(12));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'publicity_activity' and object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_pages_list_show_and_take_the_demo_activities() throws Exception {
        mvc.perform(get("/publicity").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("“4·26”知识产权宣传周咨询台")))
                .andExpect(content().string(containsString("id=\"activity-totals\"")));
        long demo = jdbc.sql("select id from publicity_activity where title = '“4·26”知识产权宣传周咨询台'")
                .query(Long.class).single();
        mvc.perform(get("/publicity/" + demo).with(users.as("licheng.leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/publicity/" + demo + "/photos/")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"edit-activity\""))));
        mvc.perform(get("/publicity/new").with(users.as(REPORTER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/publicity/" + demo).with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-activity\"")));
        assertThat(activities.list(users.actor("licheng.office"), null, null, PublicityKind.DESTRUCTION, null))
                .extracting(PublicityActivity::title).contains("侵权假冒伪劣商品集中销毁");
    }
}
