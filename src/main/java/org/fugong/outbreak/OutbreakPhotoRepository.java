package org.fugong.outbreak;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutbreakPhotoRepository extends JpaRepository<OutbreakPhoto, Long> {

	List<OutbreakPhoto> findByCaseIdOrderByIdAsc(long caseId);

}
