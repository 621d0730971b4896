package org.shuangda.leadership;

import java.util.List;
import org.shuangda.campaigns.TaskRow;

/**
 * 上次会议议定事项落实情况: the previous meeting's decisions, each with the task it became (its status, progress and
 * timing as campaigns compute them), or null when there is none the reader may see.
 */
public record FollowUp(Meeting previous, List<Item> items) {

    public record Item(Meeting.Decision decision, TaskRow task) {

        public boolean done() {
            return task != null && task.task().isCompleted();
        }
    }

    public long doneCount() {
        return items.stream().filter(Item::done).count();
    }
}
