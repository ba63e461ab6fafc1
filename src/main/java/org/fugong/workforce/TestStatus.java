package org.fugong.workforce;

import java.time.Instant;

/**
 * An employee's standing and the instant it changes by itself (a negative result
 * growing too old), or null when only a new result or rule can change it. A
 * verifier may keep the answer until then.
 */
public record TestStatus(TestStanding standing, Instant until) {
}
