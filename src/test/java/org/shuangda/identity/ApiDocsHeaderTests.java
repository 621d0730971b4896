package org.shuangda.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The behaviour under {@code prod} ({@code shuangda.api-docs.public=false}, set in application-prod.yml):
 * the OpenAPI document and Swagger UI need a sign-in. A context of its own, so kept to one class.
 */
@WebTest
@TestPropertySource(properties = "shuangda.api-docs.public=false")
class ApiDocsHeaderTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    @Test
    void theApiDocumentAndSwaggerUiNeedASignIn() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
            "/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/v3/api-docs").with(demo.as("licheng.officer"))).andExpect(status().isOk());
    }
}
