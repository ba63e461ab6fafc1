/**
 * Outbreak cases (疫点处置): a district official seals an enterprise where a case
 * was found, which suspends all of its whitelist entries through
 * {@link org.fugong.whitelist.WhitelistService} so that its passes stop at every
 * gate within a second or two; officials record the disinfection of the site
 * (who, when, photos checked by content) and follow the staff's test rounds
 * after the seal (read from {@link org.fugong.workforce.TestRounds}); unsealing
 * needs a disinfection and every on-site employee negative since the seal,
 * restores exactly the entries the seal suspended and tells the enterprise. The
 * case history and the figures for the dashboard ({@link OutbreakFiguresQuery}).
 */
package org.fugong.outbreak;
