package org.fugong.selfcheck;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.FileStore;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question other modules ask about a self-check that was submitted with
 * something (an application): what it said, item by item, and its evidence files.
 * The caller has already decided that its user may see that thing; a check is
 * found only together with the enterprise it belongs to, and never as a draft.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubmittedSelfChecks {

	private final SelfCheckRepository checks;

	private final FileStore files;

	/** The submitted check {@code id} of the enterprise, with every item, answer, note and file name. */
	@Transactional(readOnly = true)
	public Optional<SelfCheckResult> find(long id, long enterpriseId) {
		return submitted(id, enterpriseId).map(SelfCheck::toResult);
	}

	/** The evidence file of one item of that check, if it has one. */
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> evidence(long id, long enterpriseId, String code) {
		return submitted(id, enterpriseId).flatMap((check) -> check.answer(code))
			.filter((answer) -> answer.getFileKey() != null)
			.map((answer) -> new EvidenceFile(answer.getFileName(), this.files.load(answer.getFileKey())));
	}

	private Optional<SelfCheck> submitted(long id, long enterpriseId) {
		return this.checks.findOwn(id, enterpriseId).filter((check) -> !check.isDraft());
	}

	/** An evidence file: the name it was uploaded with and its content. */
	public record EvidenceFile(String filename, Resource content) {
	}

}
