/**
 * The enterprise's inbox: every decision on its affairs is written here in the
 * same transaction as the decision itself, so no notice is ever lost; the
 * header shows the unread count.
 */
package org.fugong.inbox;
