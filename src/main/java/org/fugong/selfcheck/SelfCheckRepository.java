package org.fugong.selfcheck;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfCheckRepository extends JpaRepository<SelfCheck, Long> {

	@Query("select s from SelfCheck s where s.enterpriseId = :enterpriseId and s.status = org.fugong.selfcheck.SelfCheck.Status.DRAFT")
	Optional<SelfCheck> findDraft(long enterpriseId);

	@Query("""
			select s from SelfCheck s where s.enterpriseId = :enterpriseId
			  and s.status = org.fugong.selfcheck.SelfCheck.Status.SUBMITTED
			order by s.checkedAt desc, s.id desc
			""")
	List<SelfCheck> findSubmitted(long enterpriseId);

	Optional<SelfCheck> findFirstByEnterpriseIdAndStatusOrderByCheckedAtDescIdDesc(long enterpriseId,
			SelfCheck.Status status);

	Optional<SelfCheck> findFirstByEnterpriseIdAndStatusAndPassedTrueAndCheckedAtGreaterThanEqualOrderByCheckedAtDescIdDesc(
			long enterpriseId, SelfCheck.Status status, java.time.Instant since);

	@Query("select s from SelfCheck s where s.id = :id and s.enterpriseId = :enterpriseId")
	Optional<SelfCheck> findOwn(long id, long enterpriseId);

}
