package org.fugong.resumption;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResumptionStepRepository extends JpaRepository<ResumptionStep, Long> {

	@Query("select s from ResumptionStep s where s.requestId = :requestId order by s.createdAt, s.id")
	List<ResumptionStep> timeline(@Param("requestId") long requestId);

}
