package org.shuangda.shared;

/** The actor lacks a permission (403). Rows outside the actor's scope are reported as {@link NotFoundProblem}. */
public class AccessDeniedProblem extends RuntimeException {

    public AccessDeniedProblem(String message) {
        super(message);
    }
}
