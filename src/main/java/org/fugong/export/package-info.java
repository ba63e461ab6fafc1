/**
 * Excel exports of the officials' lists (and the enterprise's own): a list plugs
 * in as an {@link org.fugong.export.ExportSource} bean that answers its scoped
 * query; this module streams the rows through Apache POI's SXSSF writer, runs a
 * large export as a job whose state and file live in the database (any instance
 * answers), and audit-logs every export.
 */
package org.fugong.export;
