package org.shuangda.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.Readiness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The run command's first start (issue 20): the login page answers while the demo data still loads in the
 * background. Until it is done the pages say "演示数据加载中", a sign-in goes back to the page with a friendly word
 * (and counts as no failed attempt), the API answers 503, and none of the demo is visible; afterwards everything
 * is there, the demo accounts sign in and the first credit grading has graded the demo's entities. A last demo
 * step of this test's own holds the load open until the test lets it finish.
 */
@SpringBootTest(properties = "shuangda.demo.background=true")
@AutoConfigureMockMvc
class DemoBackgroundLoadingTests {

    static final CountDownLatch LAST_STEP_REACHED = new CountDownLatch(1);
    static final CountDownLatch LAST_STEP_RELEASED = new CountDownLatch(1);

    @TestConfiguration
    static class LastStepWaitsForTheTest {

        @Bean
        DemoDataStep lastStepWaitsForTheTest() {
            return new DemoDataStep() {
                @Override
                public int order() {
                    return Integer.MAX_VALUE;
                }

                @Override
                public void load(Actor system) {
                    LAST_STEP_REACHED.countDown();
                    try {
                        if (!LAST_STEP_RELEASED.await(5, TimeUnit.MINUTES)) {
                            throw new IllegalStateException("the test never released the demo load");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Readiness readiness;

    @Test
    void signInWaitsForTheDemoDataAndThenFindsAllOfIt() throws Exception {
        assertThat(LAST_STEP_REACHED.await(5, TimeUnit.MINUTES)).as("every other demo step has run").isTrue();
        assertThat(readiness.preparing()).isTrue();

        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("演示数据加载中")));
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(containsString("演示数据加载中")));
        // more tries than the lockout allows (5): held back before the password check, none counted
        for (int i = 0; i < 7; i++) {
            mvc.perform(post("/login").param("username", "licheng.office").param("password", IdentityDemo.PASSWORD)
                    .with(csrf())).andExpect(redirectedUrl("/login?preparing"));
        }
        mvc.perform(get("/login").param("preparing", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("演示数据仍在加载")));
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + IdentityDemo.ADMIN_TOKEN))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("演示数据加载中")));
        // nothing half-visible: the accounts and units the earlier steps made are not committed yet
        assertThat(count("select count(*) from app_user where username = 'licheng.office'")).isZero();
        assertThat(count("select count(*) from credit_risk_run")).as("no grading of a half population").isZero();

        LAST_STEP_RELEASED.countDown();
        waitFor(() -> readiness.preparing() ? Optional.empty() : Optional.of(true));

        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("演示数据加载中"))));
        assertThat(count("select count(*) from app_user where username in ('admin', 'licheng.office', "
                + "'licheng.reporter', 'pingshun.agent')")).isEqualTo(4);
        mvc.perform(post("/login").param("username", "licheng.office").param("password", IdentityDemo.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + IdentityDemo.ADMIN_TOKEN))
                .andExpect(status().isOk());
        // the first grading ran after the load, over the demo's entities
        long graded = waitFor(() -> jdbc.sql("select entities from credit_risk_run where reason = 'START' "
                + "and finished_at is not null").query(Long.class).optional());
        assertThat(graded).isPositive().isLessThanOrEqualTo(count("select count(*) from market_entity"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Polls until {@code value} is there (a background thread's work, not a timing): at most two minutes. */
    private static <T> T waitFor(Supplier<Optional<T>> value) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(limit)) {
            Optional<T> v = value.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not there after two minutes");
    }
}
