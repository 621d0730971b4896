/**
 * Home: the page layout, the language switch and the home page with the signed-in user's unit, data
 * scope and to-do list, gathered from every module's {@link org.shuangda.shared.TodoProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = {"shared", "identity"})
package org.shuangda.home;
