package org.shuangda.inspections.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inspections API, the office's pages and the public pages through MockMvc with the demo users: a whole draw
 * by API, refusals as 422 with the field, scope as 404, the office's task page, the public pages without login
 * and the verification page agreeing with the server, the downloads.
 */
@WebTest
class InspectionWebTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    String send(String user, String url, String json, int expected) throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                        .with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(expected);
        return body;
    }

    long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** A joint task of 黎城县工商局 with 平顺县工商局 (six officers), prepared and drawn by API. */
    long[] drawnTask() throws Exception {
        long unit = demo.actor("licheng.officer").unitId();
        long other = demo.actor("pingshun.officer").unitId();
        long item = id(send("licheng.office", "/api/v1/inspections/items", "{\"unitId\":" + unit
                + ",\"name\":\"登记事项\",\"legalBasis\":\"《企业公示信息抽查办法》第五条\",\"kind\":\"GENERAL\","
                + "\"checklist\":[\"住所\",\"经营范围\"]}", 201));
        long plan = id(send("licheng.office", "/api/v1/inspections/plans", "{\"year\":2026,\"title\":\"联合计划\","
                + "\"leadUnitId\":" + unit + ",\"joint\":true,\"participatingUnitIds\":[" + other + "]}", 201));
        long task = id(send("licheng.officer", "/api/v1/inspections/tasks", "{\"planId\":" + plan
                + ",\"title\":\"登记事项抽查\",\"itemIds\":[" + item + "],\"targeted\":false,\"regionCode\":\"140426\","
                + "\"ratioA\":5,\"periodFrom\":\"2026-05-01\",\"periodTo\":\"2026-06-30\"}", 201));
        send("licheng.officer", "/api/v1/inspections/tasks/" + task + "/pool", "{}", 201);
        long draw = id(send("licheng.officer", "/api/v1/inspections/tasks/" + task + "/draws",
                "{\"entropy\":\"2718 2818 2845 9045 2353 6028\",\"source\":\"现场摇号机\"}", 201));
        return new long[] {task, draw};
    }

    @Test
    void the_api_draws_and_refuses_bad_input_with_the_field_and_another_county_gets_404() throws Exception {
        long[] td = drawnTask();
        long task = td[0];
        mvc.perform(get("/api/v1/inspections/tasks/" + task).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAWN"));
        mvc.perform(get("/api/v1/inspections/draws/" + td[1]).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.targets[0].inspectors.length()").value(2));
        mvc.perform(get("/api/v1/inspections/tasks/" + task).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspections/draws/" + td[1]).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        // a second draw without an approved redraw request
        assertThat(send("licheng.officer", "/api/v1/inspections/tasks/" + task + "/draws",
                "{\"entropy\":\"11111111111111111111111\",\"source\":\"现场\"}", 422)).contains("redrawRequestId");
        // a ratio over 100%
        String refused = send("licheng.officer", "/api/v1/inspections/tasks", "{\"planId\":1,\"title\":\"x\","
                + "\"itemIds\":[],\"regionCode\":\"140426\",\"ratioC\":150,\"periodFrom\":\"2026-05-01\","
                + "\"periodTo\":\"2026-06-30\"}", 422);
        assertThat(refused).contains("ratioC");
    }

    @Test
    void the_office_pages_walk_through_the_draw_and_the_public_pages_verify_it_without_login() throws Exception {
        long[] td = drawnTask();
        for (String page : new String[] {"/inspections/items", "/inspections/plans", "/inspections/tasks",
                "/inspections/tasks/new"}) {
            mvc.perform(get(page).with(demo.as("licheng.office"))).andExpect(status().isOk());
        }
        mvc.perform(get("/inspections/tasks/" + td[0]).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("pool-hash")))
                .andExpect(content().string(containsString("id=\"targets\"")));
        mvc.perform(get("/inspections/tasks/" + td[0]).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        // a draw without entropy on the page: 422, the form again with the reason
        mvc.perform(post("/inspections/tasks/" + td[0] + "/redraw-request").with(demo.as("licheng.officer"))
                .with(csrf()).param("reason", "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("form-errors")));

        mvc.perform(get("/public/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("public-task-" + td[0])));
        mvc.perform(get("/public/inspections/tasks/" + td[0])).andExpect(status().isOk())
                .andExpect(content().string(containsString("public-targets")));
        mvc.perform(get("/public/inspections/draws/" + td[1] + "/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-success")))
                .andExpect(content().string(not(containsString("alert-danger"))));
        // the inputs carry the pool's risk grades, which are never published: staff who see the task only
        mvc.perform(get("/public/inspections/draws/" + td[1] + "/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("inputs-for-staff")))
                .andExpect(content().string(not(containsString("download-inputs"))));
        mvc.perform(get("/public/inspections/draws/" + td[1] + "/inputs.json")).andExpect(status().isNotFound());
        mvc.perform(get("/inspections/draws/" + td[1] + "/inputs.json").with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("inputs-" + td[1] + ".json")))
                .andExpect(jsonPath("$.taskId").value(td[0]));
        // a reporter (no inspection permission) gets nothing either
        mvc.perform(get("/inspections/draws/" + td[1] + "/inputs.json").with(demo.as("pingshun.reporter")))
                .andExpect(status().is4xxClientError());
        String verifier = mvc.perform(get("/public/inspections/Verifier.java")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the file offered is the one in tools/verifier (copied into the classpath by the build, pom.xml)
        assertThat(verifier).isEqualTo(Files.readString(Path.of("tools/verifier/Verifier.java")));
        mvc.perform(get("/public/inspections/draws/999999/verify")).andExpect(status().isNotFound());
    }
}
