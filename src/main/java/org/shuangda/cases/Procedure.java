package org.shuangda.cases;

/** 一般程序 or 简易程序 (当场处罚: a warning or a small fine; no 告知/听证 step needed). */
public enum Procedure {
    GENERAL,
    SIMPLE
}
