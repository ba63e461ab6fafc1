package org.fugong.enterprise;

/**
 * Published when an enterprise registered itself.
 */
public record EnterpriseRegistered(long enterpriseId, String creditCode, String districtCode, String townCode) {
}
