/**
 * The enterprise's inbox: every decision on its affairs is written here in the
 * same transaction as the decision itself, so no notice is ever lost; the
 * header shows the unread count. Officials get notices of their own (a new
 * appeal in their district, one assigned to them).
 */
package org.fugong.inbox;
