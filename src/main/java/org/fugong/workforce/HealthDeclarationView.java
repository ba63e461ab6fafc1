package org.fugong.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored health declaration, as the enterprise and the holder see it. */
public record HealthDeclarationView(long id, long employeeId, LocalDate date, BigDecimal temperature,
		List<String> symptoms, QuarantineStatus quarantineStatus, boolean abnormal, HealthSource source,
		Instant declaredAt, String declaredBy) {
}
