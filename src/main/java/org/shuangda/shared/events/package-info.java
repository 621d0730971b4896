/**
 * Events that cross between modules which would otherwise depend on each other: complaints hands a tip to
 * cases, and cases tells complaints what became of it. They live in the shared kernel so that neither
 * module depends on the other (Spring Modulith forbids the cycle). Both are published inside the
 * publisher's transaction and consumed by {@code @ApplicationModuleListener}s (after commit, with the
 * event publication registry, so a crash between the two sides is retried on restart).
 */
package org.shuangda.shared.events;
