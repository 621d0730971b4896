package org.shuangda.complaints;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.shuangda.support.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files and moves filings through the API as demo users, for the tests. */
final class FilingWork {

    private final MockMvc mvc;
    private final DemoUsers demo;
    private final JdbcClient jdbc;

    FilingWork(MockMvc mvc, DemoUsers demo, JdbcClient jdbc) {
        this.mvc = mvc;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** Files through the API as the 12315 hotline's token (licheng.agent); returns the receipt JSON. */
    String file(String json) throws Exception {
        return mvc.perform(post("/api/v1/filings").contentType(MediaType.APPLICATION_JSON).content(json)
                        .header("Authorization", "Bearer " + DemoUsers.AGENT_TOKEN))
                .andReturn().getResponse().getContentAsString();
    }

    long fileTip(String region, String target, String content) throws Exception {
        return id(file(FilingFixtures.tipJson(content, region, target)));
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions act(String user, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/filings/" + id + "/" + action).with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    /** {@link #act} without a body, for a scenario's stimulus: the HTTP status. */
    int step(String user, long id, String action) {
        try {
            return act(user, id, action, null).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ResultActions read(String user, String url) throws Exception {
        return mvc.perform(get(url).with(demo.as(user)));
    }

    String status(long id) {
        return jdbc.sql("select status from filing where id = :id").param("id", id).query(String.class).single();
    }

    String unitName(long id) {
        return jdbc.sql("select u.name from filing f join pub_unit u on u.id = f.unit_id where f.id = :id").param("id", id)
                .query(String.class).single();
    }

    long unitId(String name) {
        return jdbc.sql("select id from pub_unit where name = :n").param("n", name).query(Long.class).single();
    }

    String trackingNo(long id) {
        return jdbc.sql("select tracking_no from filing where id = :id").param("id", id).query(String.class).single();
    }
}
