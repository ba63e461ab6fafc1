/**
 * The daily health declaration (健康申报): temperature, symptoms and quarantine
 * status per employee and day, entered on the roster page, through the API, by
 * the holder on their phone or by CSV import. An abnormal declaration stops the
 * employee's worker pass at the gate ({@code HEALTH_DECLARATION}) until a newer,
 * normal one is entered; every declaration publishes
 * {@link org.fugong.workforce.HealthDeclared}.
 */
package org.fugong.workforce.health;
