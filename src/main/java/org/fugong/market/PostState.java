package org.fugong.market;

/** A post is open until its enterprise closes it or its validity runs out. */
public enum PostState {

	OPEN, FULFILLED, WITHDRAWN, EXPIRED

}
