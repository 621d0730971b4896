package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.sampling.PlanForm;
import org.shuangda.sampling.SamplingPlans;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 抽样对象和抽样人员随机抽取 in the browser: the sampler of 黎城县工商局 freezes a category's pool on the plan's page (its
 * SM3 hash shown before anything is drawn), is refused a short entropy, draws with public entropy and sees each target
 * with two samplers; from a target, the sample form opens with the entity and the drawn samplers filled in, the
 * samplers not to be ticked.
 */
@BrowserTest
class SamplingDrawJourneyTest {

    @Autowired SamplingPlans plans;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long planId;

    /** A plan of its own (last year's), so that no other journey's sample is of a drawn target. */
    @BeforeEach
    void aPlan() {
        Actor officer = (Actor) users.loadUserByUsername("licheng.officer");
        long lab = jdbc.sql("select id from sampling_lab where name = '山西省食品药品检验所'").query(Long.class).single();
        planId = plans.create(officer, new PlanForm(LocalDate.now().getYear() - 1, "浏览器测试：随机抽取抽样对象", "FOOD", null,
                List.of("CIRCULATION", "CATERING"), null, null, 2, "", List.of(
                        new PlanForm.CategoryForm("粮食加工品", 4, List.of("铅"), "GB 2762-2022")),
                List.of(lab), null)).id();
    }

    @Test
    void theSamplerFreezesDrawsAndRecordsADrawnTarget(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/sampling/plans/" + planId);
        assertThat(page.locator("#no-draws")).isVisible();
        page.locator("#draw-stage").selectOption("CIRCULATION");
        page.locator("#freeze-pool").click();
        assertThat(page.locator("#pool-frozen")).containsText(Pattern.compile("[0-9a-f]{64}"));
        assertThat(page.locator(".pool-hash").first()).containsText(Pattern.compile("[0-9a-f]{64}"));
        // too few digits: refused with the reason, nothing drawn
        page.locator("input[name=entropy]").first().fill("12345");
        page.locator("input[name=entropySource]").first().fill("县局门户网站直播摇号");
        page.locator(".draw-form button[type=submit]").first().click();
        assertThat(page.locator(".draw-form").first()).containsText("20 至 64 位");
        assertThat(page.locator("#no-draws")).isVisible();
        page.locator("input[name=entropy]").first().fill("2718 2818 2845 9045 2353");
        page.locator(".draw-form button[type=submit]").first().click();
        assertThat(page.locator("#draw-done")).isVisible();
        assertThat(page.locator(".draw-targets tbody tr")).hasCount(4);
        assertThat(page.locator(".draw-targets tbody tr").first().locator("td").nth(3)).containsText("、");
        Screenshots.saveFullPage(page, "sampling-plan-draw");
        // a drawn target's sample: the entity and the drawn samplers filled in
        page.locator(".draw-targets tbody tr").first().locator("a.btn").click();
        assertThat(page.locator("#sample-form")).isVisible();
        assertThat(page.locator("#drawn-samplers")).isVisible();
        assertThat(page.locator("[id^=sampler-]")).hasCount(0);
        assertThat(page.locator("#entity-search")).not().hasValue("");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).allMatch(m -> m.contains("status of 422"));
    }
}
