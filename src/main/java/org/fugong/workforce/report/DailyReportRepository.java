package org.fugong.workforce.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DailyReportRepository extends JpaRepository<DailyReport, Long> {

	Optional<DailyReport> findByEnterpriseIdAndDate(long enterpriseId, LocalDate date);

	Page<DailyReport> findByEnterpriseId(long enterpriseId, Pageable pageable);

	@Query("select r from DailyReportRevision r where r.reportId = :reportId order by r.replacedAt, r.id")
	List<DailyReportRevision> revisionsOf(@Param("reportId") long reportId);

}
