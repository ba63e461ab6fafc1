/**
 * The workforce of an enterprise (员工一码返岗, its roster side): employees with
 * their resident ID numbers kept encrypted and shown masked, CSV imports of the
 * roster and of test results run in the background, test results (一日两测)
 * judged against the district's rule, and the enterprise's daily report
 * (生产实时监测). Other modules read it through {@link org.fugong.workforce.Workforce}
 * and follow its events ({@code EmployeeDeactivated}, {@code TestResultRecorded}).
 */
package org.fugong.workforce;
