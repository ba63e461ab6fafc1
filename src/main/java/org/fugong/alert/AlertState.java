package org.fugong.alert;

/** An alert is open until an official acknowledges it, and closed with a note once handled. */
public enum AlertState {

	OPEN, ACKNOWLEDGED, CLOSED

}
