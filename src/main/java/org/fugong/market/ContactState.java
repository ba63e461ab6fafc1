package org.fugong.market;

/** A contact request waits for the post's enterprise to accept or decline it. */
enum ContactState {

	REQUESTED, ACCEPTED, DECLINED

}
