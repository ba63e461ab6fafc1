/**
 * Inspection teams with their members and grid zones, and where enterprises lie
 * on the grid (九宫格). Internal to the inspection module: the rest of it asks
 * {@link org.fugong.inspection.teams.TeamService} and
 * {@link org.fugong.inspection.teams.SiteService}.
 */
package org.fugong.inspection.teams;
