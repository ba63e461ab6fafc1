package org.fugong.workforce;

/** Published when a district changes its test rule: every standing in the district may have changed. */
public record TestRuleChanged(String districtCode) {
}
