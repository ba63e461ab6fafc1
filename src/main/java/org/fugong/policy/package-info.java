/**
 * Policies (政策查询) and epidemic-prevention guidance (防疫指导): the catalogue with
 * its search (Chinese words match inside longer words), each policy decomposed
 * into key conditions that are checked against an enterprise's profile, so that
 * an enterprise sees what applies to it and why (免申即享) and officials see whom a
 * policy reaches; city and district officials maintain their own policies.
 */
package org.fugong.policy;
