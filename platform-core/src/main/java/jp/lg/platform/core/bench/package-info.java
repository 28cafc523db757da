/**
 * What every benchmark under {@code ops/bench/} prints the same way: progress lines with the
 * seconds since start, a Markdown table, one final JSON line, and the machine the run happened on.
 */
package jp.lg.platform.core.bench;
