package org.fugong.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<InspectionPhoto, Long> {

	List<InspectionPhoto> findByInspectionIdOrderById(long inspectionId);

	List<InspectionPhoto> findByNoticeIdOrderById(long noticeId);

}
