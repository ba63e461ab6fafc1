package org.fugong.workforce.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface DailyReportRevisionRepository extends JpaRepository<DailyReportRevision, Long> {

}
