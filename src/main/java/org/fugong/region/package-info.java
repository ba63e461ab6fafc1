/**
 * The administrative region tree (city, district, town or street, grid zone) with
 * the national division codes, and the jurisdiction checks built on it: whether a
 * region lies within another. The tree is reference data, read once and held in memory.
 */
package org.fugong.region;
