package org.fugong.vehicle;

import org.fugong.pass.VehicleScope;

/**
 * The trips of one scope in a jurisdiction: how many wait, were approved or
 * rejected, and for how many enterprises passes were approved (Fengxian reported
 * 58, 230 and 172 passes for 17, 67 and 45 enterprises).
 */
public record ScopeFigures(VehicleScope scope, long pending, long approved, long rejected, long enterprises) {
}
