package org.fugong.policy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<Policy, Long> {

	@Query("""
			select distinct p from Policy p left join fetch p.conditions
			where p.status = org.fugong.policy.Policy.Status.PUBLISHED
			  and p.effectiveFrom <= :day and (p.expiresOn is null or p.expiresOn >= :day)
			""")
	List<Policy> findInEffectOn(LocalDate day);

}
