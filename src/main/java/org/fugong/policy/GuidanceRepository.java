package org.fugong.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface GuidanceRepository extends Repository<Guidance, Long> {

	List<Guidance> findAllByOrderById();

	Optional<Guidance> findByCode(String code);

}
