package org.shuangda.shared;

import java.util.List;

/** A module that contributes to-dos to the home page (reporting rounds, tasks, clue and case clocks…). */
public interface TodoProvider {

    List<TodoItem> todosFor(Actor actor);
}
