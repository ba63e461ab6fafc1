/**
 * What officials and enterprises see first: the home page for each role with what
 * to do next, and (as features land) the statistics pages and exports, built on
 * the read models of the other modules.
 */
package org.fugong.dashboard;
