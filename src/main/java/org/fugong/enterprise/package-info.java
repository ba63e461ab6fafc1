/**
 * Enterprises: public registration with the unified social credit code checked,
 * the enterprise's own profile, and the officials' list of the enterprises in
 * their jurisdiction. Every read is scoped in the query: an enterprise sees only
 * itself, an official only their region.
 */
package org.fugong.enterprise;
