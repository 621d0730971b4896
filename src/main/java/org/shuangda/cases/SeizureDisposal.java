package org.shuangda.cases;

/** What became of the goods on release (行政强制法 第二十八条): returned, or confiscated by the decision. */
public enum SeizureDisposal {
    RETURNED, CONFISCATED
}
