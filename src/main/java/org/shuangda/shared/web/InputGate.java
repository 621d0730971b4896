package org.shuangda.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.InputText;
import org.shuangda.shared.InvalidInput;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The input gate for form and query parameters and multipart uploads: one servlet filter, ahead of Spring
 * Security and every controller, through which every parameter passes {@link InputText} (multi-line by name,
 * {@link InputText#multiLineByName}) and every upload's file name too.
 * <ul>
 * <li>A refused parameter is blanked for everything downstream (the login form, CSRF, any filter) and the
 * refusal is kept as a request attribute; the {@link HandlerInterceptor} below throws it before the handler
 * runs, so the API answers 422 on the field ({@link ApiErrorHandler}) and a page the 422 page with the reason
 * ({@code home.PageErrorHandler}) — no controller needs its own check.</li>
 * <li>A multipart body that cannot be parsed (no boundary, truncated, a NUL in a part header) is answered 400
 * here at once: Spring's multipart resolver would otherwise fail before any handler, as a 500.</li>
 * </ul>
 * Why a filter and not {@code @InitBinder}: most forms are read as a {@code MultiValueMap} by form readers,
 * which a binder never sees; and Spring Security reads {@code username}/{@code _csrf} before any binder.
 */
@Configuration(proxyBeanMethods = false)
class InputGate implements WebMvcConfigurer {

    /** The request attribute holding the refusal found by the filter. */
    static final String REFUSAL = InputGate.class.getName() + ".refusal";

    private final MessageSource messages;

    InputGate(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * After the character-encoding filter (parameters must be decoded as UTF-8) and Spring's form-content filter
     * (-9900: PUT/PATCH form bodies become parameters), before Spring Security (-100) and everything else.
     */
    @Bean
    FilterRegistrationBean<GateFilter> inputGateFilter() {
        FilterRegistrationBean<GateFilter> registration = new FilterRegistrationBean<>(new GateFilter(messages));
        registration.setOrder(-9000);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(REFUSAL) instanceof InvalidInput refusal) {
                    throw refusal;
                }
                return true;
            }
        });
    }

    static final class GateFilter extends OncePerRequestFilter {

        private final MessageSource messages;

        GateFilter(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            if (isMultipart(request)) {
                InvalidInput.FieldProblem malformed = checkParts(request);
                if (malformed != null) {
                    refuseUpload(request, response, malformed);
                    return;
                }
            }
            Map<String, String[]> accepted = accept(request.getParameterMap(), problems);
            if (!problems.isEmpty()) {
                try {
                    problems.throwIfAny();
                } catch (InvalidInput refusal) {
                    request.setAttribute(REFUSAL, refusal);
                }
            }
            chain.doFilter(new Accepted(request, accepted), response);
        }

        private static boolean isMultipart(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        /**
         * Why the upload is refused, or null: a body that cannot be parsed, or a file name the text rule refuses
         * (a NUL or a line break in a part header is a malformed part, not a field to correct: 400 either way).
         */
        private static InvalidInput.FieldProblem checkParts(HttpServletRequest request) {
            try {
                java.util.Collection<Part> parts = request.getParts();
                if (parts.isEmpty() && request.getContentLengthLong() > 0) {
                    // bytes, but not one part: the body never contains its boundary (truncated or a wrong boundary)
                    return new InvalidInput.FieldProblem("file", "error.upload.malformed");
                }
                for (Part part : parts) {
                    String name = part.getSubmittedFileName();
                    if (name != null) {
                        try {
                            InputText.accept(part.getName(), name, false, 255);
                        } catch (InvalidInput refused) {
                            return refused.problems().get(0);
                        }
                    }
                }
                return null;
            } catch (Exception e) {
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                            || t.getClass().getSimpleName().contains("SizeException")) {
                        return new InvalidInput.FieldProblem("file", "error.upload.tooLarge");
                    }
                }
                return new InvalidInput.FieldProblem("file", "error.upload.malformed");
            }
        }

        private static Map<String, String[]> accept(Map<String, String[]> raw, InvalidInput.Collector problems) {
            Map<String, String[]> accepted = new LinkedHashMap<>();
            raw.forEach((name, values) -> {
                String field;
                try {
                    field = InputText.accept("parameter", name, false, 200);
                } catch (InvalidInput refused) {
                    refused.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
                    return;
                }
                boolean multiLine = InputText.multiLineByName(field);
                String[] clean = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    try {
                        clean[i] = InputText.accept(field, values[i], multiLine, InputText.maxByName(field));
                    } catch (InvalidInput refused) {
                        refused.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
                        clean[i] = "";
                    }
                }
                accepted.merge(field, clean, (a, b) -> {
                    String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, both, a.length, b.length);
                    return both;
                });
            });
            return Collections.unmodifiableMap(accepted);
        }

        private void refuseUpload(HttpServletRequest request, HttpServletResponse response,
                InvalidInput.FieldProblem problem) throws IOException {
            String reason = messages.getMessage(problem.reason(), problem.args(), problem.reason(), request.getLocale());
            // a file over the size limit is the body's size, not its form: 413 like every other body limit
            boolean tooLarge = "error.upload.tooLarge".equals(problem.reason());
            int status = tooLarge ? 413 : 400;
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(status);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                String field = escape(problem.field());
                String json = "{\"status\":" + status + ",\"title\":\"" + (tooLarge ? "Content Too Large" : "Bad Request")
                        + "\",\"detail\":\"" + field + ": "
                        + escape(reason) + "\",\"errors\":[{\"field\":\"" + field + "\",\"reason\":\""
                        + escape(reason) + "\"}]}";
                response.getWriter().write(json);
            } else {
                response.sendError(status, reason);
            }
        }

        /** JSON string content: quotes, backslashes and control characters escaped. */
        private static String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** The request with its parameters as the gate accepted them (NFC, refused values blank). */
    static final class Accepted extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Accepted(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(new ArrayList<>(parameters.keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }

}
