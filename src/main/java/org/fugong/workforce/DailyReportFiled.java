package org.fugong.workforce;

import java.time.LocalDate;

/** Published when an enterprise files or corrects its daily report, with the day's count of abnormal staff. */
public record DailyReportFiled(long enterpriseId, LocalDate date, int abnormal) {
}
