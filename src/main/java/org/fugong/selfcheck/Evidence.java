package org.fugong.selfcheck;

/**
 * What an item needs besides "yes": nothing, a written note, or a file (a plan, a photo).
 */
public enum Evidence {

	NONE, NOTE, FILE

}
