package org.shuangda.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires {@link RequestLimits}: the body and kind filter, the page-size check, the statement timeouts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class RequestLimitsConfiguration implements WebMvcConfigurer {

    private final RequestLimits limits;

    RequestLimitsConfiguration(RequestLimits limits) {
        this.limits = limits;
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(MessageSource messages,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formBody,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartRequest) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(limits, formBody, multipartRequest, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // before Spring Security (-100) reads anything
        return registration;
    }

    /** Static: a post-processor is created before the other beans; the limits are looked up at first use. */
    @Bean
    static StatementTimeoutDataSource.Wrapper statementTimeoutDataSource(ObjectProvider<RequestLimits> limits) {
        return new StatementTimeoutDataSource.Wrapper(limits);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageSizeLimit(limits.pageSize()));
    }
}
