package org.fugong.workforce;

/** How a test result came in. */
enum TestSource {

	MANUAL, IMPORT, DEMO

}
