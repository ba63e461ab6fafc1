package org.fugong.policy;

public enum PolicyLevel {

	NATIONAL, CITY, DISTRICT

}
