package org.shuangda.shared;

/**
 * No such row, or a row outside the actor's data scope: both answer 404, so guessing ids reveals nothing.
 */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
