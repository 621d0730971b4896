package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results on the real database: only a drawn inspector records one, every checklist point is answered, the
 * publication clock is 20 working days on the calendar, each result is a credit fact (无法联系 with its code), a
 * finding that needs enforcement becomes a clue in cases and the two are linked, and a published result shows on
 * the public side with persons masked.
 */
@WebTest
class ResultTests {

    @Autowired DemoUsers demo;
    @Autowired Items items;
    @Autowired Plans plans;
    @Autowired InspectionTasks tasks;
    @Autowired Draws draws;
    @Autowired Results results;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired ResultPhotos photos;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    Draw drawn() {
        Actor office = demo.actor("licheng.office");
        Actor officer = demo.actor("licheng.officer");
        long item = items.create(office, new ItemDraft(officer.unitId(), "住所与经营场所", "《企业公示信息抽查办法》第十四条",
                "GENERAL", List.of("住所真实", "公示信息真实"))).id();
        Plan plan = plans.create(office, new PlanDraft(2026, "结果测试计划", officer.unitId(), true,
                List.of(demo.actor("pingshun.officer").unitId()), ""));
        Task task = tasks.create(officer, new TaskDraft(plan.id(), "住所抽查", List.of(item), false, "140426", null,
                new BigDecimal("3"), null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        draws.prepare(officer, task.id());
        return draws.get(officer, draws.draw(officer, task.id(),
                new Draws.EntropyInput("16180339887498948482045868", "测试", null)).id());
    }

    Actor user(long id) {
        return demo.actor(jdbc.sql("select username from app_user where id = :id").param("id", id)
                .query(String.class).single());
    }

    ResultDraft draft(ResultCode code, boolean enforce, LocalDate on) {
        return new ResultDraft(code.name(), List.of(new ResultDraft.PointOutcome("住所真实", "FAIL", "门店已搬离"),
                new ResultDraft.PointOutcome("公示信息真实", "PASS", "")), "现场无人", false, enforce, on);
    }

    @Test
    void only_a_drawn_inspector_records_and_the_finding_becomes_a_clue_and_a_credit_fact() {
        Draw draw = drawn();
        Draw.DrawnTarget target = draw.targets().get(0);
        Actor inspector = user(target.inspectors().get(0).officerId());
        long[] pool = draws.pool(demo.actor("licheng.officer"), draw.taskId()).orElseThrow().inspectorIds();
        long outsider = Arrays.stream(pool).filter(o -> target.inspectors().stream().noneMatch(i -> i.officerId() == o))
                .findFirst().orElseThrow();
        LocalDate on = results.today().minusDays(1);
        long before = jdbc.sql("select count(*) from inspection_result").query(Long.class).single();
        assertThatThrownBy(() -> results.record(user(outsider), draw.id(), target.entityId(),
                draft(ResultCode.UNREACHABLE, true, on)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspector");
        // every point must be answered
        assertThatThrownBy(() -> results.record(inspector, draw.id(), target.entityId(), new ResultDraft(
                "UNREACHABLE", List.of(), "", true, false, on))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("points");
        assertThat(jdbc.sql("select count(*) from inspection_result").query(Long.class).single()).isEqualTo(before);
        assertThat(results.assignments(inspector)).anyMatch(a -> a.drawId() == draw.id()
                && a.entityId() == target.entityId() && a.resultId() == null);

        InspectionResult r = results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.UNREACHABLE, true, on));
        assertThat(r.publishDue()).isEqualTo(calendar.addWorkingDays(on, 20));
        assertThat(r.signed()).isFalse();
        assertThatThrownBy(() -> results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.NO_PROBLEM, false, on))).isInstanceOf(InvalidInput.class);

        assertThat(jdbc.sql("select detail ->> 'code' from credit_fact where source_ref = :ref and kind = 'INSPECTION_RESULT'")
                .param("ref", "inspection_result:" + r.id()).query(String.class).single()).isEqualTo("UNREACHABLE");
        assertThat(jdbc.sql("select detail ->> 'negative' from credit_fact where source_ref = :ref")
                .param("ref", "inspection_result:" + r.id()).query(String.class).single()).isEqualTo("true");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(results.get(demo.actor("licheng.officer"), r.id()).clueNumber()).isNotNull());
        InspectionResult linked = results.get(demo.actor("licheng.officer"), r.id());
        assertThat(jdbc.sql("select source || ' ' || source_ref || ' ' || number from clue where id = :id")
                .param("id", linked.clueId()).query(String.class).single())
                .isEqualTo("INSPECTION 双随机抽查结果#" + r.id() + " " + linked.clueNumber());
    }

    @Test
    void a_result_is_published_once_and_the_public_sees_it_with_its_due_date_kept() {
        Draw draw = drawn();
        Draw.DrawnTarget target = draw.targets().get(1);
        Actor inspector = user(target.inspectors().get(1).officerId());
        InspectionResult r = results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.CORRECTED, false, results.today()));
        assertThat(results.list(demo.actor("licheng.officer"), true)).extracting(InspectionResult::id).contains(r.id());
        assertThat(results.published(500)).extracting(InspectionResult::id).doesNotContain(r.id());
        results.publish(demo.actor("licheng.officer"), r.id());
        assertThatThrownBy(() -> results.publish(demo.actor("licheng.officer"), r.id())).isInstanceOf(InvalidInput.class);
        assertThat(results.published(500)).extracting(InspectionResult::id).contains(r.id());
        assertThat(results.list(demo.actor("pingshun.office"), false)).extracting(InspectionResult::id)
                .doesNotContain(r.id());
    }

    @Test
    void a_bare_personal_name_of_an_individual_business_is_masked_in_public() {
        assertThat(PublicMask.entity("张三丰", "INDIVIDUAL_BUSINESS")).isEqualTo("张某某");
        assertThat(PublicMask.entity("黎城县惠民百货超市", "INDIVIDUAL_BUSINESS")).isEqualTo("黎城县惠民百货超市");
        assertThat(PublicMask.entity("王五", "ENTERPRISE")).isEqualTo("王五");
    }

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    static ResultPhotos.Upload upload(String name, byte[] content) {
        return new ResultPhotos.Upload(name, new java.io.ByteArrayInputStream(content));
    }

    @Test
    void photos_come_with_the_result_or_later_from_a_drawn_inspector_and_a_wrong_one_writes_nothing() throws Exception {
        Draw draw = drawn();
        Draw.DrawnTarget target = draw.targets().get(0);
        Actor inspector = user(target.inspectors().get(0).officerId());
        LocalDate on = results.today().minusDays(1);
        long before = jdbc.sql("select count(*) from inspection_result").query(Long.class).single();
        // a program renamed .jpg refuses the whole result: neither result nor photo written
        assertThatThrownBy(() -> photos.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.NO_PROBLEM, false, on),
                List.of(upload("门头.jpg", JPEG), upload("现场.jpg", "MZ\u0090\u0000".getBytes()))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photos");
        assertThatThrownBy(() -> photos.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.NO_PROBLEM, false, on), List.of(upload("记录.pdf", "%PDF".getBytes()))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photos");
        assertThat(jdbc.sql("select count(*) from inspection_result").query(Long.class).single()).isEqualTo(before);

        InspectionResult result = photos.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.NO_PROBLEM, false, on), List.of(upload("门头.jpg", JPEG)));
        assertThat(photos.list(inspector, result.id())).extracting(ResultPhotos.Photo::name).containsExactly("门头.jpg");
        List<ResultPhotos.Photo> two = photos.attach(inspector, result.id(), List.of(upload("货架.JPG", JPEG)));
        assertThat(two).hasSize(2);
        assertThat(photos.file(inspector, result.id(), two.get(1).id()).content()).isEqualTo(JPEG);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'inspection_result_photo' and object_id = :id")
                .param("id", String.valueOf(two.get(1).id())).query(Long.class).single()).isEqualTo(1);

        // an officer of the unit who was not drawn for it may read, not add; another county reads nothing
        long[] pool = draws.pool(demo.actor("licheng.officer"), draw.taskId()).orElseThrow().inspectorIds();
        long ownUnit = demo.actor("licheng.officer").unitId();
        long outsider = Arrays.stream(pool).filter(o -> target.inspectors().stream().noneMatch(i -> i.officerId() == o))
                .filter(o -> user(o).unitId() == ownUnit).findFirst().orElseThrow();
        assertThatThrownBy(() -> photos.attach(user(outsider), result.id(), List.of(upload("a.jpg", JPEG))))
                .isInstanceOf(InvalidInput.class);
        assertThat(photos.list(user(outsider), result.id())).hasSize(2);
        assertThatThrownBy(() -> photos.list(demo.actor("pingshun.office"), result.id()))
                .isInstanceOf(org.shuangda.shared.NotFoundProblem.class);
        // the page lists them, the form adds one (multipart, CSRF), the download is the file; 404 elsewhere
        String inspectorName = jdbc.sql("select username from app_user where id = :id")
                .param("id", target.inspectors().get(0).officerId()).query(String.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/inspections/results/" + result.id() + "/photos")
                        .file(new org.springframework.mock.web.MockMultipartFile("photos", "招牌.png", "image/png",
                                new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A}))
                        .with(demo.as(inspectorName))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/inspections/results/" + result.id()).with(demo.as(inspectorName)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("门头.jpg").contains("货架.JPG").contains("招牌.png").contains("photo-form");
        var download = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/inspections/results/" + result.id() + "/photos/" + two.get(0).id())
                        .with(demo.as("licheng.officer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(JPEG);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/inspections/results/" + result.id() + "/photos/" + two.get(0).id())
                        .with(demo.as("pingshun.office")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        assertThat(photos.list(inspector, result.id())).hasSize(3);
        // at most nine, and none once published
        assertThatThrownBy(() -> photos.attach(inspector, result.id(), java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> upload(i + ".jpg", JPEG)).toList())).isInstanceOf(InvalidInput.class); // 3 + 7 > 9
        results.publish(demo.actor("licheng.officer"), result.id());
        assertThatThrownBy(() -> photos.attach(inspector, result.id(), List.of(upload("b.jpg", JPEG))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photos");
        assertThat(photos.list(inspector, result.id())).hasSize(3);
    }
}
