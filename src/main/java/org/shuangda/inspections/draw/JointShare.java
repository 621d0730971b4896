package org.shuangda.inspections.draw;

/**
 * The share of joint tasks (联合抽查) among a year's tasks the reader sees, against the provincial practice's goal
 * of 40% ({@link #GOAL_PERCENT}).
 */
public record JointShare(int year, int tasks, int jointTasks) {

    public static final int GOAL_PERCENT = 40;

    /** Whole per cent, 0 without tasks. */
    public int percent() {
        return tasks == 0 ? 0 : Math.round(100f * jointTasks / tasks);
    }

    public boolean goalMet() {
        return tasks > 0 && percent() >= GOAL_PERCENT;
    }
}
