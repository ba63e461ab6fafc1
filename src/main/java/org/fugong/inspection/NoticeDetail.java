package org.fugong.inspection;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One notice with everything about it: the failed aspects with the inspector's
 * notes and the enterprise's answers, the photos, the notice it follows and the
 * one that followed it, the follow-up visits and any production stop.
 */
public record NoticeDetail(long id, String number, long enterpriseId, String enterpriseName, String address,
		String districtCode, String townCode, String gridCode, String teamName, NoticeState state, Instant issuedAt,
		String issuedBy, Instant dueAt, Instant answeredAt, boolean answeredInTime, Instant overdueAt,
		Instant closedAt, long version, List<AspectLine> aspects, List<Answer> answers, List<PhotoView> photos,
		Reference previous,
		Reference next, List<InspectionView> followUps, StopView stop, boolean stoppable) {

	public record AspectLine(Aspect aspect, String note, String answer) {
	}

	/** The enterprise's answer to one aspect. */
	@Schema(name = "NoticeAnswer")
	public record Answer(Aspect aspect, String note, Instant answeredAt) {
	}

	public record Reference(long id, String number) {
	}

	/** The photos of one aspect, by who took them: the inspector's, or the enterprise's with its answer. */
	public List<PhotoView> photosOf(Aspect aspect, boolean answer) {
		return this.photos.stream().filter((p) -> p.aspect() == aspect && p.answer() == answer).toList();
	}

}
