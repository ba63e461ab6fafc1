package org.fugong.workforce;

import org.springframework.data.jpa.repository.JpaRepository;

interface DailyReportRevisionRepository extends JpaRepository<DailyReportRevision, Long> {

}
