package org.fugong.inspection;

/** A production stop (停工停产) is in force until the district lifts it. */
public enum StopState {

	IN_FORCE, LIFTED

}
