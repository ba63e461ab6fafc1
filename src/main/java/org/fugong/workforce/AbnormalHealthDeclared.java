package org.fugong.workforce;

import java.time.LocalDate;

/**
 * Published, besides {@link HealthDeclared}, for each abnormal declaration (a
 * fever, a symptom or a quarantine status): what alerting follows.
 */
public record AbnormalHealthDeclared(long enterpriseId, long employeeId, LocalDate date) {
}
