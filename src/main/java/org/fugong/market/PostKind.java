package org.fugong.market;

/** What a post offers or asks for. */
public enum PostKind {

	SUPPLY, DEMAND;

	PostKind opposite() {
		return (this == SUPPLY) ? DEMAND : SUPPLY;
	}

}
