package org.fugong.workforce;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TestResultRepository extends JpaRepository<TestResult, Long> {

	/** The enterprise's results, filtered (null: any), with the employee's name. */
	@Query(value = """
			select new org.fugong.workforce.TestResultView(t.id, t.employeeId, e.name, t.kind, t.outcome, t.sampledAt,
			  t.createdAt)
			from TestResult t, Employee e
			where e.id = t.employeeId and t.enterpriseId = :enterpriseId
			  and (:employeeId is null or t.employeeId = :employeeId)
			  and (cast(:from as java.time.Instant) is null or t.sampledAt >= :from)
			  and (cast(:until as java.time.Instant) is null or t.sampledAt < :until)
			  and (:kind is null or t.kind = :kind)
			  and (:outcome is null or t.outcome = :outcome)
			""", countQuery = """
			select count(t) from TestResult t
			where t.enterpriseId = :enterpriseId
			  and (:employeeId is null or t.employeeId = :employeeId)
			  and (cast(:from as java.time.Instant) is null or t.sampledAt >= :from)
			  and (cast(:until as java.time.Instant) is null or t.sampledAt < :until)
			  and (:kind is null or t.kind = :kind)
			  and (:outcome is null or t.outcome = :outcome)
			""")
	Page<TestResultView> search(@Param("enterpriseId") long enterpriseId, @Param("employeeId") Long employeeId,
			@Param("from") Instant from, @Param("until") Instant until, @Param("kind") TestKind kind,
			@Param("outcome") TestOutcome outcome, Pageable pageable);

}
