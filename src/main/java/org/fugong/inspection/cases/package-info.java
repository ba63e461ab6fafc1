/**
 * 私自复工 cases: a town officer's report of a site working without approval,
 * and the district's list, detail and handling of each case. Internal to the
 * inspection module.
 */
package org.fugong.inspection.cases;
