package org.shuangda.identity.web;

import java.util.List;
import java.util.Optional;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every controller method that declares an {@link Actor} parameter the signed-in user (the principal
 * this module builds), so that controllers pass it on to services and no service reads the security context.
 * A required {@code Actor} on an anonymous request is a 403; one declared {@code Optional<Actor>} or
 * {@code @Nullable} is empty or null there (public pages, the layout's {@code me}).
 */
@Configuration(proxyBeanMethods = false)
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.nestedIfOptional().getNestedParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Optional<Actor> actor = signedIn();
        if (parameter.getParameterType() == Optional.class) {
            return actor;
        }
        if (actor.isEmpty() && !parameter.isOptional()) {
            throw new AccessDeniedProblem("login required");
        }
        return actor.orElse(null);
    }

    static Optional<Actor> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }
}
