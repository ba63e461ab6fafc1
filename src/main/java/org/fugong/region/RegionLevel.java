package org.fugong.region;

public enum RegionLevel {

	CITY, DISTRICT, TOWN, GRID

}
