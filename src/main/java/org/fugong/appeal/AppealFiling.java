package org.fugong.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.appeal.RejectedApplications.RejectedApplication;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.InvalidInputException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * How an item comes in: filed by the enterprise (a demand, or an appeal
 * against one of its rejected applications, one open appeal per application),
 * or logged by an official on its behalf; with its files, its first history
 * entry and the notices to the district.
 */
@Service
@RequiredArgsConstructor
class AppealFiling {

	private final AppealRepository appeals;

	private final AppealAttachmentRepository attachments;

	private final RejectedApplications rejected;

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final FileStore files;

	private final AppealJournal journal;

	@Transactional
	long file(CurrentUser user, AppealInput input, List<MultipartFile> uploads) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		Long applicationId = null;
		if (input.type() == AppealType.APPLICATION_REJECTED) {
			if (input.applicationId() == null) {
				throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("applicationId", "appeal.application.required")));
			}
			RejectedApplication application = this.rejected.find(enterprise.id(), input.applicationId())
				.orElseThrow(() -> new BusinessRuleException("appeal.application.notRejected",
						List.of(new FieldProblem("applicationId", "appeal.application.notRejected"))));
			if (this.appeals.existsByApplicationIdAndStateNot(application.id(), AppealState.CLOSED)) {
				throw openAppealExists();
			}
			applicationId = application.id();
		}
		Instant now = this.journal.now();
		return create(user, new Appeal(enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), input.type(), input.subject().trim(), input.content().trim(), applicationId,
				this.journal.deadlines(now)), uploads, now);
	}

	/**
	 * An official logs a demand that came by the hotline or at the counter, on
	 * behalf of an enterprise of their jurisdiction (else 404). It then runs as
	 * if the enterprise had filed it: the same deadlines, answers and rating.
	 */
	@Transactional
	long fileOnBehalf(CurrentUser official, long enterpriseId, AppealChannel channel, AppealInput input,
			List<MultipartFile> uploads) {
		if (!official.isOfficial()) {
			throw new AccessDeniedException("Only officials log demands on an enterprise's behalf");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (channel == null) {
			problems.add(new FieldProblem("channel", "validation.required"));
		}
		if (input.type() == AppealType.APPLICATION_REJECTED) {
			problems.add(new FieldProblem("type", "appeal.onBehalf.rejectionByEnterprise"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		Instant now = this.journal.now();
		return create(official, new Appeal(enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), input.type(), input.subject().trim(), input.content().trim(), channel,
				official.getUsername(), this.journal.deadlines(now)), uploads, now);
	}

	private long create(CurrentUser user, Appeal filed, List<MultipartFile> uploads, Instant now) {
		List<MultipartFile> files = present(uploads);
		if (files.size() > AppealAttachment.MAX_PER_APPEAL) {
			throw new InvalidInputException("problem.400.invalid", List.of(
					new FieldProblem("files", "appeal.attachments.tooMany", AppealAttachment.MAX_PER_APPEAL)));
		}
		Appeal appeal;
		try {
			appeal = this.appeals.saveAndFlush(filed);
		}
		catch (DataIntegrityViolationException ex) {
			throw openAppealExists();
		}
		for (MultipartFile file : files) {
			StoredFile stored = this.files.store(file, FileStore.DOCUMENTS_AND_IMAGES);
			this.attachments.save(new AppealAttachment(appeal.getId(), stored, user.getUsername(), now));
		}
		this.journal.say(appeal.getId(), now, user.getUsername(), user.role().name(), Kind.CONTENT,
				appeal.getContent());
		this.journal.submitted(appeal, user.getUsername(),
				appeal.getSubject() + ((appeal.getFiledBy() != null) ? " · " + appeal.getChannel() : ""), now);
		this.journal.audit("APPEAL_SUBMITTED", appeal.getId(),
				appeal.getType() + ((appeal.getApplicationId() != null) ? " application " + appeal.getApplicationId() : "")
						+ ((appeal.getFiledBy() != null) ? " on behalf, " + appeal.getChannel() : ""));
		this.journal.notifyEnterprise(appeal, "inbox.appeal.SUBMITTED");
		for (AccountSummary official : this.accounts.staffIn(Role.DISTRICT_OFFICIAL, List.of(appeal.getDistrictCode()))) {
			if (!official.username().equals(user.getUsername())) {
				this.journal.notifyOfficial(official.username(), appeal, "inbox.appeal.new");
			}
		}
		return appeal.getId();
	}

	/** The enterprise's rejected applications it may still appeal against. */
	@Transactional(readOnly = true)
	List<RejectedApplication> contestable(CurrentUser user) {
		return this.rejected.of(user.requireEnterpriseId())
			.stream()
			.filter((a) -> !this.appeals.existsByApplicationIdAndStateNot(a.id(), AppealState.CLOSED))
			.toList();
	}

	private static List<MultipartFile> present(List<MultipartFile> uploads) {
		return (uploads == null) ? List.of() : uploads.stream().filter((f) -> f != null && !f.isEmpty()).toList();
	}

	private static ConflictException openAppealExists() {
		return new ConflictException("appeal.application.openAppeal",
				List.of(new FieldProblem("applicationId", "appeal.application.openAppeal")));
	}

}
