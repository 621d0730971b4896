/**
 * The safe expression language of report templates (numbers, indicator codes, {@code + - * /}, comparisons,
 * {@code and}/{@code or}; no scripting engine): published as the named interface {@code reporting :: expression} so
 * that other modules that let offices type formulas (assessment's computed items) parse and evaluate them with the
 * same rules and the same error messages instead of keeping a second language.
 */
@org.springframework.modulith.NamedInterface("expression")
package org.shuangda.reporting.expression;
