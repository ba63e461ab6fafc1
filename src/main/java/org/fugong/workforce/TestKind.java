package org.fugong.workforce;

/** 一日两测: a rapid antigen test in the morning, a PCR sample in the evening. */
public enum TestKind {

	ANTIGEN, PCR

}
