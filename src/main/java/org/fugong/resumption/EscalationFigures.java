package org.fugong.resumption;

import java.time.LocalDate;

/**
 * Escalations (督办) of overdue application steps in a region: how many are open
 * now, to the district and to the city, and how many were raised and cleared
 * between two days (null: open-ended).
 */
public record EscalationFigures(LocalDate from, LocalDate to, long open, long openToDistrict, long openToCity,
		long raised, long cleared) {
}
