package org.fugong.inspection;

/** What an inspection led to: the notice it issued, if any, and the state of the notice it followed up. */
public record InspectionOutcome(long id, Long noticeId, String noticeNumber, Long followUpOf,
		NoticeState followedUpState) {
}
