package org.fugong.export;

/** Where an export job is: running, its file ready, or failed. */
public enum ExportJobState {

	RUNNING, DONE, FAILED

}
