package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.inspections.draw.InspectionTasks;
import org.shuangda.inspections.draw.ItemDraft;
import org.shuangda.inspections.draw.Items;
import org.shuangda.inspections.draw.PlanDraft;
import org.shuangda.inspections.draw.Plans;
import org.shuangda.inspections.draw.TaskDraft;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 双随机 in the browser: the county office freezes a joint task's pool (its SM3 hash shown), enters the public
 * entropy and draws, and sees the targets with two inspectors each; a drawn inspector records a result on a phone
 * (390×844); the public verification page, without signing in, recomputes the draw and agrees.
 */
@BrowserTest
class InspectionDrawJourneyTest {

    @Autowired Items items;
    @Autowired Plans plans;
    @Autowired InspectionTasks tasks;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long taskId;

    /** A joint task of 黎城县工商局 with 平顺县工商局, still to prepare (the forms before it are plain). */
    @BeforeEach
    void aTask() {
        Actor office = (Actor) users.loadUserByUsername("licheng.office");
        Actor officer = (Actor) users.loadUserByUsername("licheng.officer");
        Actor other = (Actor) users.loadUserByUsername("pingshun.officer");
        long item = items.create(office, new ItemDraft(officer.unitId(), "浏览器测试：经营场所", "《企业公示信息抽查办法》第五条",
                "GENERAL", List.of("经营场所与登记一致", "亮照经营"))).id();
        long plan = plans.create(office, new PlanDraft(2026, "浏览器测试联合计划", officer.unitId(), true,
                List.of(other.unitId()), "")).id();
        taskId = tasks.create(officer, new TaskDraft(plan, "浏览器测试：经营场所抽查", List.of(item), false, "140426", null,
                new BigDecimal("3"), null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null)).id();
    }

    @Test
    void theOfficeDrawsAnInspectorRecordsOnAPhoneAndThePublicVerifies(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/inspections/tasks/" + taskId);
        page.locator("#prepare").click();
        assertThat(page.locator("#pool-hash")).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        // too few digits: refused with the reason, nothing drawn
        page.locator("#entropy").fill("12345");
        page.locator("#entropySource").fill("现场摇号机");
        page.locator("#draw").click();
        assertThat(page.locator("#form-errors")).containsText("20");
        page.locator("#entropy").fill("5772 1566 4901 5328 6060 6512");
        page.locator("#entropySource").fill("现场摇号机");
        Screenshots.save(page, "inspection-draw-entropy");
        page.locator("#draw").click();
        assertThat(page.locator("#targets tbody tr").first()).isVisible();
        assertThat(page.locator("#task-state")).hasText("已摇号");
        Screenshots.save(page, "inspection-draw-result");

        long drawId = jdbc.sql("select id from inspection_draw where task_id = :t").param("t", taskId)
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select entity_id from inspection_draw_target where draw_id = :d"
                + " and cardinality(inspector_ids) <> 2").param("d", drawId).query(Long.class).list()).isEmpty();
        var first = jdbc.sql("""
                select u.username, dt.entity_id from inspection_draw_target dt join app_user u on u.id = dt.inspector_ids[1]
                 where dt.draw_id = :d order by dt.entity_id limit 1
                """).param("d", drawId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).single();

        page.context().clearCookies();
        page.setViewportSize(CitizenJourneyTest.PHONE_WIDTH, 844);
        LoginPage.signIn(page, (String) first[0]);
        page.navigate("/inspections/my");
        page.locator("#assignment-" + drawId + "-" + first[1]).click();
        page.locator("#o-0-FAIL + label").click();
        page.locator("#code").selectOption("CORRECTED");
        page.locator("#note").fill("未亮照经营，已当场责令改正。");
        CitizenJourneyTest.fitsThePhone(page, "the result form");
        Screenshots.save(page, "inspection-result-phone");
        page.locator("#result-save").click();
        assertThat(page.locator("#notice")).isVisible();

        page.context().clearCookies();
        page.navigate("/public/inspections/draws/" + drawId + "/verify");
        assertThat(page.locator("#verify-outcome")).hasClass(java.util.regex.Pattern.compile("alert-success"));
        assertThat(page.locator("#recomputed-hash")).hasText(page.locator("#published-hash").textContent());
        assertThat(page.locator("#download-verifier")).isVisible();
        CitizenJourneyTest.fitsThePhone(page, "the verification page");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).allMatch(m -> m.contains("status of 422"));
    }
}
