package org.fugong.policy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyAttachmentRepository extends JpaRepository<PolicyAttachment, Long> {

	List<PolicyAttachment> findByPolicyIdOrderById(long policyId);

}
