package org.shuangda.shared;

/** How far a role assignment reaches: the department data scope of Chinese government systems. */
public enum ScopeKind {
    /** Only rows of the user's own unit. */
    OWN_UNIT,
    /** The user's unit and every unit below it in the unit tree. */
    UNIT_SUBTREE,
    /** Every unit and record in the region of the assignment and the regions below it. */
    REGION_SUBTREE,
    /** Everything. */
    ALL
}
