package org.shuangda.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The security headers on a signed-in page, an API call and a public page; CSRF decided by the
 * authentication actually used, not by the mere presence of an {@code Authorization} header.
 */
@WebTest
class SecurityHeadersTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    @Test
    void aSignedInPageCarriesTheSecurityHeaders() throws Exception {
        expectHeaders(mvc.perform(get("/").with(demo.as("licheng.officer"))).andExpect(status().isOk()));
    }

    @Test
    void anApiCallCarriesTheSecurityHeaders() throws Exception {
        expectHeaders(mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()));
        expectHeaders(mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized()));
    }

    @Test
    void aPublicPageCarriesTheSecurityHeaders() throws Exception {
        expectHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        expectHeaders(mvc.perform(get("/public/filings/new")).andExpect(status().isOk()));
    }

    @Test
    void onlySwaggerUisOwnPagesMayUseInlineStyles() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("style-src 'self' 'unsafe-inline';"),
                        Matchers.containsString("script-src 'self';"))));
        // a look-alike path elsewhere keeps the strict policy
        expectHeaders(mvc.perform(get("/public/swagger-ui/index.html")));
    }

    @Test
    void theApiDocumentIsPublishedOutsideProd() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void aSessionRequestWithABogusAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("licheng.officer")
                .password(DemoUsers.PASSWORD)).andReturn().getRequest().getSession(false);
        for (String value : new String[] {"Basic Zm9vOmJhcg==", "Token abc", "nonsense"}) {
            mvc.perform(post("/api/v1/no-such-endpoint").session(session).header("Authorization", value))
                    .andExpect(status().isForbidden());
            // the same session with the token passes the CSRF check (and reaches the dispatcher: 404)
            mvc.perform(post("/api/v1/no-such-endpoint").session(session).header("Authorization", value)
                    .with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/no-such-endpoint").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void onlyAValidBearerTokenSkipsCsrf() throws Exception {
        mvc.perform(post("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/no-such-endpoint").header("Authorization", "Bearer sd_wrong_token"))
                .andExpect(status().isUnauthorized());
    }

    private static void expectHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Permissions-Policy", Matchers.allOf(
                        Matchers.containsString("camera=()"), Matchers.containsString("microphone=()"),
                        Matchers.containsString("geolocation=()"), Matchers.containsString("payment=()"))))
                .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("default-src 'self'"), Matchers.containsString("style-src 'self';"),
                        Matchers.containsString("script-src 'self';"),
                        Matchers.not(Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
