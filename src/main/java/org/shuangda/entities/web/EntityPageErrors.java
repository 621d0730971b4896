package org.shuangda.entities.web;

import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actors;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages of this module answer a missing (or out-of-scope) entity with 404 and a missing permission with 403,
 * on a page that says so, rather than a 500.
 */
@ControllerAdvice(assignableTypes = {EntityPageController.class, EntityImportController.class})
class EntityPageErrors {

    @ExceptionHandler(NotFoundProblem.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(AccessDeniedProblem.class)
    ModelAndView denied() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("entities/problem", status);
        view.addObject("problem", message);
        // exception views skip the model advice that adds the signed-in user; the layout's menu needs it
        view.addObject("me", Actors.current().orElse(null));
        return view;
    }
}
