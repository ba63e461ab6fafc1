/**
 * 驻企指导员: a town officer or district official of an enterprise's region
 * assigns an official account as its liaison officer; the liaison logs each
 * visit from a phone (who was met, problems found and solved, the follow-up
 * date) and exchanges messages with the enterprise, each side told through the
 * inbox. Other modules read an enterprise's liaison through
 * {@link org.fugong.liaison.LiaisonService#summaryOf(long)} and the region's
 * figures through {@link org.fugong.liaison.LiaisonFigures}.
 */
package org.fugong.liaison;
