package org.fugong.outbreak;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outbreak figures of a district or town over a period: sites sealed now,
 * sealed and unsealed in the period, and the average days from seal to unseal of
 * those unsealed in the period (null when none was).
 */
@Schema(name = "OutbreakFigures")
public record OutbreakFigures(long sealedNow, long sealed, long unsealed, Double averageDaysSealed) {
}
