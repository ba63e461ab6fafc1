/**
 * Enterprises: public registration with the unified social credit code checked,
 * the enterprise's own profile, and the officials' list of the enterprises in
 * their jurisdiction. Every read is scoped in the query: an enterprise sees only
 * itself, an official only their region.
 *
 * <p>Published views: {@code enterprise_directory} (id, name, credit code, district
 * and town, industry and kind, for other modules' lists, exports and figures to show and
 * scope their own rows by).
 */
package org.fugong.enterprise;
