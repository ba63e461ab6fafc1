/**
 * The enterprise's daily report (生产实时监测): one per day, corrected that day
 * only, every replaced value kept; today's form starts from the roster and the
 * day's test results.
 */
package org.fugong.workforce.report;
