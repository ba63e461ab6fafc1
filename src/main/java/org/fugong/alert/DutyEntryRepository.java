package org.fugong.alert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DutyEntryRepository extends JpaRepository<DutyEntry, Long> {

	List<DutyEntry> findByRegionCodeOrderByWeekdayAscUsernameAsc(String regionCode);

	List<DutyEntry> findByRegionCodeAndWeekday(String regionCode, short weekday);

	Optional<DutyEntry> findByIdAndRegionCode(long id, String regionCode);

	boolean existsByRegionCodeAndWeekdayAndUsername(String regionCode, short weekday, String username);

}
