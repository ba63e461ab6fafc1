/**
 * Grid inspections (九宫格督查): the town's inspection teams and the grid zones they
 * cover, each team's daily round ordered by need, the six-aspect inspection on a
 * phone with photos, the rectification notice (整改通知书) a failed aspect issues at
 * once with a readable number, its print and PDF forms, the enterprise's answer
 * per aspect, the follow-up visit (回头看) that closes it or issues a second notice,
 * the overdue job, 私自复工 cases, and the district's production stop (停工停产),
 * which suspends the enterprise's whitelist entries through
 * {@link org.fugong.whitelist.WhitelistService} until a passing follow-up lets it be
 * lifted; with the figures per zone, team and day that the evening meeting reads.
 *
 * <p>The base package holds the inspection itself, the round, the notices and the
 * stops, and what other modules use ({@link org.fugong.inspection.FiguresQuery},
 * {@link org.fugong.inspection.EnterpriseInspections},
 * {@link org.fugong.inspection.RectificationService}). Sub-packages are internal:
 * {@code teams} (teams, zones, placing enterprises on the grid), {@code cases}
 * (私自复工) and {@code web} (what the pages share).
 */
package org.fugong.inspection;
