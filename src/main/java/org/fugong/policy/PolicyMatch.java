package org.fugong.policy;

import java.util.List;

/**
 * A policy that applies to an enterprise, with the reasons it does.
 */
public record PolicyMatch(PolicySummary policy, List<String> reasons) {
}
