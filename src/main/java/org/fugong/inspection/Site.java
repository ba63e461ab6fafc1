package org.fugong.inspection;

/** The enterprise an inspection, a notice or a stop is about, with where it lies. */
record Site(long enterpriseId, String name, String districtCode, String townCode, String gridCode) {
}
