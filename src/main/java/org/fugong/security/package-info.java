/**
 * Who may do what: user accounts bound to an enterprise or a region, roles,
 * sign-in by form and HTTP Basic, the password rule, lockout after repeated
 * failures, the append-only audit log, and the administrator's pages for
 * officials' and guards' accounts. Other features ask {@link org.fugong.security.CurrentUser}
 * for the caller's enterprise or {@link org.fugong.security.Jurisdiction}.
 */
package org.fugong.security;
