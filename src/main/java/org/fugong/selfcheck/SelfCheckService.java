package org.fugong.selfcheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.NotFoundException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs self-checks: drafts, submission with its result, history, and the
 * question the resumption application asks: has this enterprise passed one lately?
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SelfCheckService {

	private final SelfCheckRepository checks;

	private final CheckTemplates templates;

	private final FileStore files;

	private final AuditService audit;

	/** The answer an enterprise gives to one item. */
	public record AnswerInput(Boolean satisfied, String note) {
	}

	public CheckTemplate template() {
		return this.templates.active();
	}

	@Transactional(readOnly = true)
	public Optional<SelfCheckResult> draft(CurrentUser user) {
		return this.checks.findDraft(user.requireEnterpriseId()).map(SelfCheck::toResult);
	}

	/** Keeps the answers so far without judging them. */
	@Transactional
	public SelfCheckResult saveDraft(CurrentUser user, SiteFacts site, Map<String, AnswerInput> answers,
			Map<String, MultipartFile> evidence) {
		SelfCheck check = draftOrNew(user);
		fill(check, site, answers, evidence, user);
		return this.checks.save(check).toResult();
	}

	/** Judges the check (the page's draft, if there is one) and fixes its result. */
	@Transactional
	public SelfCheckResult submit(CurrentUser user, SiteFacts site, Map<String, AnswerInput> answers,
			Map<String, MultipartFile> evidence) {
		return judge(draftOrNew(user), user, site, answers, evidence);
	}

	/** Judges a check given whole, as the API does; a draft kept on the page stays as it is. */
	@Transactional
	public SelfCheckResult submitComplete(CurrentUser user, SiteFacts site, Map<String, AnswerInput> answers,
			Map<String, MultipartFile> evidence) {
		SelfCheck check = new SelfCheck(user.requireEnterpriseId(), template().version(), user.getUsername());
		return judge(check, user, site, answers, evidence);
	}

	private SelfCheckResult judge(SelfCheck check, CurrentUser user, SiteFacts site, Map<String, AnswerInput> answers,
			Map<String, MultipartFile> evidence) {
		fill(check, site, answers, evidence, user);
		check.submit();
		SelfCheck saved = this.checks.save(check);
		SelfCheckResult result = saved.toResult();
		this.audit.record("SELF_CHECK_SUBMITTED", "SELF_CHECK", saved.getId(), AuditService.SUCCESS,
				result.passed() ? "passed" : "failed: " + result.failed().size() + " items");
		return result;
	}

	@Transactional(readOnly = true)
	public List<SelfCheckResult> history(CurrentUser user) {
		return this.checks.findSubmitted(user.requireEnterpriseId()).stream().map(SelfCheck::toResult).toList();
	}

	/** The enterprise's latest submitted check, passed or not. */
	@Transactional(readOnly = true)
	public Optional<SelfCheckResult> latest(CurrentUser user) {
		return this.checks
			.findFirstByEnterpriseIdAndStatusOrderByCheckedAtDescIdDesc(user.requireEnterpriseId(),
					SelfCheck.Status.SUBMITTED)
			.map(SelfCheck::toResult);
	}

	@Transactional(readOnly = true)
	public SelfCheckResult result(CurrentUser user, long id) {
		return this.checks.findOwn(id, user.requireEnterpriseId())
			.map(SelfCheck::toResult)
			.orElseThrow(() -> new NotFoundException("self-check"));
	}

	/** The newest passed check of an enterprise that is still valid now, if any. */
	@Transactional(readOnly = true)
	public Optional<SelfCheckResult> validPassedCheck(long enterpriseId) {
		// One indexed row, not the whole history: submission and the home page ask this often.
		return this.checks
			.findFirstByEnterpriseIdAndStatusAndPassedTrueAndCheckedAtGreaterThanEqualOrderByCheckedAtDescIdDesc(
					enterpriseId, SelfCheck.Status.SUBMITTED, Instant.now().minus(SelfCheckResult.VALIDITY))
			.map(SelfCheck::toResult);
	}

	@Transactional(readOnly = true)
	EvidenceDownload evidence(CurrentUser user, long id, String code) {
		SelfCheck check = this.checks.findOwn(id, user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("self-check"));
		Answer answer = check.answer(code)
			.filter((a) -> a.getFileKey() != null)
			.orElseThrow(() -> new NotFoundException("evidence"));
		return new EvidenceDownload(answer.getFileName(), this.files.load(answer.getFileKey()));
	}

	record EvidenceDownload(String filename, Resource content) {
	}

	private SelfCheck draftOrNew(CurrentUser user) {
		long enterpriseId = user.requireEnterpriseId();
		return this.checks.findDraft(enterpriseId)
			.orElseGet(() -> new SelfCheck(enterpriseId, template().version(), user.getUsername()));
	}

	private void fill(SelfCheck check, SiteFacts site, Map<String, AnswerInput> answers,
			Map<String, MultipartFile> evidence, CurrentUser user) {
		CheckTemplate template = template();
		List<FieldProblem> problems = new ArrayList<>();
		for (String code : answers.keySet()) {
			if (template.item(code).isEmpty()) {
				problems.add(new FieldProblem("answers[" + code + "]", "selfcheck.item.unknown"));
			}
		}
		List<Answer> result = new ArrayList<>();
		for (CheckItem item : template.items()) {
			boolean applicable = item.appliesWhen().isSatisfiedBy(site);
			AnswerInput input = applicable ? answers.get(item.code()) : null;
			Answer.EvidenceFile file = null;
			if (applicable && item.evidence() == Evidence.FILE) {
				MultipartFile upload = (evidence != null) ? evidence.get(item.code()) : null;
				if (upload != null && !upload.isEmpty()) {
					try {
						StoredFile stored = this.files.store(upload, FileStore.DOCUMENTS_AND_IMAGES);
						file = new Answer.EvidenceFile(stored.key(), stored.originalName(), stored.sha256());
					}
					catch (FileRejectedException ex) {
						problems.add(new FieldProblem("answers[" + item.code() + "].file", ex.messageKey()));
					}
				}
				else {
					file = check.answer(item.code()).map(Answer::file).orElse(null);
				}
			}
			String note = (input != null && input.note() != null && !input.note().isBlank()) ? input.note().trim() : null;
			if (note != null && note.length() > 1000) {
				problems.add(new FieldProblem("answers[" + item.code() + "].note", "validation.size.max1000"));
			}
			result.add(new Answer(item, applicable, (input != null) ? input.satisfied() : null, note, file));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException("selfcheck.invalid", problems);
		}
		check.record(template, site, result, user.getUsername());
	}

}
