package org.fugong.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findByRoleAndRegionCodeInAndEnabledTrueOrderByUsername(Role role,
			Collection<String> regionCodes);

	@Query("""
			select u from UserAccount u
			where (:role is null or u.role = :role)
			  and (cast(:q as String) is null or lower(u.username) like lower(concat('%', cast(:q as String), '%'))
			       or lower(u.displayName) like lower(concat('%', cast(:q as String), '%')))
			""")
	Page<UserAccount> search(@Param("role") Role role, @Param("q") String q, Pageable pageable);

}
