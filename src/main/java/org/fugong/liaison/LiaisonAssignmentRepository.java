package org.fugong.liaison;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiaisonAssignmentRepository extends JpaRepository<LiaisonAssignment, Long> {

	Optional<LiaisonAssignment> findByEnterpriseIdAndEndedAtIsNull(long enterpriseId);

	List<LiaisonAssignment> findByOfficerIgnoreCaseAndEndedAtIsNullOrderByEnterpriseName(String officer);

	List<LiaisonAssignment> findByEnterpriseIdOrderByAssignedAtDesc(long enterpriseId);

}
