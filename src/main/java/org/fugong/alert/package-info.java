/**
 * Alerts (预警): a positive test, an abnormal health declaration, a daily report
 * with abnormal staff or a vehicle that never left raise an alert once per cause
 * (a unique cause key), tell the enterprise's town officers on duty (an inbox
 * notice and a text message), and escalate to the district's officials on duty
 * when nobody acknowledges it within 30 minutes. Officials of the enterprise's
 * town and district acknowledge and close alerts; other modules raise them
 * through {@link org.fugong.alert.Alerts} or are listened to
 * ({@code PositiveTestRecorded}, {@code AbnormalHealthDeclared}, {@code DailyReportFiled}).
 */
package org.fugong.alert;
