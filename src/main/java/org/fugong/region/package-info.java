/**
 * The administrative region tree (city, district, town or street, grid zone) with
 * the national division codes, and the jurisdiction checks built on it: whether a
 * region lies within another. The tree is reference data, read once and held in memory.
 *
 * <p>Published views: {@code region}. The tree is written only by migrations, so
 * other modules' lists and exports may join it read-only for region names and for
 * their jurisdiction clauses.
 */
package org.fugong.region;
