package org.fugong.market;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyFirmRepository extends JpaRepository<KeyFirm, Long> {

	List<KeyFirm> findByDistrictCodeOrderByFlaggedAtDesc(String districtCode);

	List<KeyFirm> findAllByOrderByFlaggedAtDesc();

}
