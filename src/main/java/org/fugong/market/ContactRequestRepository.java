package org.fugong.market;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRequestRepository extends JpaRepository<ContactRequest, Long> {

	/** The exchange kept on a post: requests to it, and requests made from it as the requester's post. */
	@Query("SELECT c FROM ContactRequest c WHERE c.postId = :postId OR c.requesterPostId = :postId ORDER BY c.createdAt DESC, c.id DESC")
	List<ContactRequest> findExchangeOf(long postId);

	List<ContactRequest> findByRequesterEnterpriseIdOrderByCreatedAtDescIdDesc(long enterpriseId);

	boolean existsByPostIdAndRequesterEnterpriseIdAndState(long postId, long requesterEnterpriseId, ContactState state);

}
