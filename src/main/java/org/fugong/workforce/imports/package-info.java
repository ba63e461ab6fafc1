/**
 * CSV imports of the roster and of test results: the file read at once, its rows
 * checked and written in the background a chunk per transaction, the job's
 * progress and bad rows kept in the database, the bad rows offered back as a CSV.
 */
package org.fugong.workforce.imports;
