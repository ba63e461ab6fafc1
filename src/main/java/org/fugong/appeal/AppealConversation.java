package org.fugong.appeal;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The conversation on an item that changes no state: the enterprise's replies
 * and files, the officials' answers and their internal notes the enterprise
 * never sees.
 */
@Service
@RequiredArgsConstructor
class AppealConversation {

	private final AppealAttachmentRepository attachments;

	private final FileStore files;

	private final AppealAccess access;

	private final AppealJournal journal;

	/** A line in the conversation: the enterprise's reply or an official's answer that changes no state. */
	@Transactional
	void message(CurrentUser user, long id, String text) {
		String clean = AppealJournal.requireText(text, "text");
		Appeal appeal = this.access.visible(user, id);
		Instant now = this.journal.now();
		if (user.enterpriseId() != null) {
			if (appeal.getState() == AppealState.CLOSED) {
				throw new AppealTransitionException(appeal.getState(), "REPLY");
			}
			this.journal.say(id, now, user.getUsername(), Role.ENTERPRISE.name(), Kind.REPLY, clean);
			this.journal.audit("APPEAL_REPLY", id, null);
			this.journal.notifyAssignee(appeal, "inbox.appeal.replied", appeal.getSubject());
			return;
		}
		this.access.requireActing(user, appeal);
		if (appeal.getState() == AppealState.CLOSED) {
			throw new AppealTransitionException(appeal.getState(), "MESSAGE");
		}
		this.journal.say(id, now, user.getUsername(), user.role().name(), Kind.ANSWER, clean);
		this.journal.audit("APPEAL_MESSAGE", id, null);
		this.journal.notifyEnterprise(appeal, "inbox.appeal.message");
	}

	@Transactional
	void note(CurrentUser official, long id, String text) {
		String clean = AppealJournal.requireText(text, "text");
		Appeal appeal = this.access.visible(official, id);
		this.access.requireActing(official, appeal);
		this.journal.say(id, this.journal.now(), official.getUsername(), official.role().name(), Kind.NOTE, clean);
		this.journal.audit("APPEAL_NOTE", appeal.getId(), null);
	}

	/** Adds a file to the enterprise's own open item (PDF or image, checked by content). */
	@Transactional
	AppealDetail.Attachment attach(CurrentUser user, long id, MultipartFile upload) {
		Appeal appeal = this.access.own(user, id);
		if (appeal.getState() == AppealState.CLOSED) {
			throw new AppealTransitionException(appeal.getState(), "ATTACH");
		}
		if (this.attachments.of(id).size() >= AppealAttachment.MAX_PER_APPEAL) {
			throw new BusinessRuleException("appeal.attachments.tooMany", List.of(
					new FieldProblem("file", "appeal.attachments.tooMany", AppealAttachment.MAX_PER_APPEAL)));
		}
		StoredFile stored = this.files.store(upload, FileStore.DOCUMENTS_AND_IMAGES);
		AppealAttachment attachment = this.attachments
			.save(new AppealAttachment(id, stored, user.getUsername(), this.journal.now()));
		this.journal.audit("APPEAL_ATTACHMENT_ADDED", id, stored.originalName() + " " + stored.sha256());
		return attachment.toView();
	}

	@Transactional(readOnly = true)
	AttachmentDownload attachment(CurrentUser user, long id, long attachmentId) {
		this.access.visible(user, id);
		AppealAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getAppealId() == id)
			.orElseThrow(() -> new NotFoundException("attachment"));
		return new AttachmentDownload(attachment.toView(), this.files.load(attachment.getStorageKey()));
	}

	record AttachmentDownload(AppealDetail.Attachment attachment, Resource content) {
	}

}
