package org.fugong.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.StoredFileColumns;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enterprise verification (企业核验): the enterprise hands in its business licence
 * and legal representative, a town officer or district official of its region
 * checks them and decides. Every step is audit-logged; a decision reaches the
 * enterprise's inbox.
 */
@Service
@RequiredArgsConstructor
class VerificationService {

	static final String AUDIT_TARGET = "ENTERPRISE";

	private final EnterpriseRepository enterprises;

	private final FileStore files;

	private final AuditService audit;

	private final InboxService inbox;

	/**
	 * Problems with a licence hand-in that no annotation sees: the legal
	 * representative's name is required and short, the licence file present.
	 */
	static List<FieldProblem> checkLicence(String legalRepresentative, MultipartFile licence) {
		List<FieldProblem> problems = new ArrayList<>();
		if (legalRepresentative == null || legalRepresentative.isBlank()) {
			problems.add(new FieldProblem("legalRepresentative", "validation.required"));
		}
		else if (legalRepresentative.trim().length() > 50) {
			problems.add(new FieldProblem("legalRepresentative", "validation.size.max50"));
		}
		if (licence == null || licence.isEmpty()) {
			problems.add(new FieldProblem("licence", "verification.licence.required"));
		}
		return problems;
	}

	/** Keeps the licence (type read from its content) and puts the enterprise in the queue. */
	@Transactional
	EnterpriseView submitLicence(long enterpriseId, String actor, String legalRepresentative, MultipartFile licence) {
		List<FieldProblem> problems = checkLicence(legalRepresentative, licence);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("verification.licence.invalid", problems);
		}
		Enterprise enterprise = this.enterprises.findById(enterpriseId)
			.orElseThrow(() -> new NotFoundException("enterprise"));
		if (enterprise.getVerification() == Verification.VERIFIED) {
			throw new ConflictException("verification.alreadyVerified");
		}
		StoredFile stored = this.files.store(licence, FileStore.DOCUMENTS_AND_IMAGES);
		enterprise.submitLicence(legalRepresentative.trim(), new StoredFileColumns(stored), Instant.now());
		this.enterprises.flush();
		this.audit.recordAs(actor, "ENTERPRISE_LICENCE_SUBMITTED", AUDIT_TARGET, enterpriseId, AuditService.SUCCESS,
				stored.originalName() + " " + stored.sha256());
		return enterprise.toView();
	}

	/** The enterprise corrects its licence and representative (after a rejection) and asks again. */
	@Transactional
	EnterpriseView resubmit(CurrentUser user, String legalRepresentative, MultipartFile licence) {
		return submitLicence(user.requireEnterpriseId(), user.getUsername(), legalRepresentative, licence);
	}

	/**
	 * An official's decision. Only a town officer or district official of the
	 * enterprise's region decides (403 for other roles, 404 outside the region); a
	 * rejection needs a note; a decided enterprise is not decided again (409), nor
	 * one that changed since the official looked at it, when the version is given.
	 */
	@Transactional
	EnterpriseView decide(CurrentUser official, long id, Verification decision, String note, Long version) {
		if (!official.is(Role.TOWN_OFFICER) && !official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " does not verify enterprises");
		}
		Enterprise enterprise = inJurisdiction(official, id);
		String cleanNote = (note == null || note.isBlank()) ? null : note.trim();
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null || !decision.isDecision()) {
			problems.add(new FieldProblem("decision", "verification.decision.required"));
		}
		if (decision == Verification.REJECTED && cleanNote == null) {
			problems.add(new FieldProblem("note", "verification.note.required"));
		}
		if (cleanNote != null && cleanNote.length() > 500) {
			problems.add(new FieldProblem("note", "verification.note.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("verification.decision.invalid", problems);
		}
		if (version != null && version != enterprise.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Enterprise.class, id);
		}
		if (enterprise.getVerification() != Verification.PENDING) {
			throw new ConflictException("verification.decided");
		}
		if (decision == Verification.VERIFIED && !enterprise.hasLicence()) {
			throw new BusinessRuleException("verification.noLicence",
					List.of(new FieldProblem("decision", "verification.noLicence")));
		}
		enterprise.decide(decision, cleanNote, official.getUsername(), Instant.now());
		this.enterprises.flush();
		this.audit.record("ENTERPRISE_" + decision, AUDIT_TARGET, id, AuditService.SUCCESS, cleanNote);
		this.inbox.notifyEnterprise(id, "verification.inbox." + decision, List.of((cleanNote != null) ? cleanNote : ""),
				"/enterprise/verification");
		return enterprise.toView();
	}

	/** The enterprises of the official's jurisdiction in one verification state, oldest request first. */
	@Transactional(readOnly = true)
	Page<EnterpriseView> queue(CurrentUser official, VerificationFilter filter, Pageable pageable) {
		Jurisdiction scope = official.jurisdiction();
		String town = (scope.townCode() != null) ? scope.townCode() : filter.townOrNull();
		return this.enterprises
			.verificationQueue(filter.stateOrPending(), scope.districtCode(), town, filter.query(), pageable)
			.map(Enterprise::toView);
	}

	@Transactional(readOnly = true)
	long pendingCount(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		return this.enterprises.countPending(scope.districtCode(), scope.townCode());
	}

	/** The licence file, for the enterprise itself and the officials of its region. */
	@Transactional(readOnly = true)
	LicenceDownload licence(CurrentUser user, long id) {
		Enterprise enterprise = visible(user, id);
		if (!enterprise.hasLicence()) {
			throw new NotFoundException("licence");
		}
		StoredFileColumns file = enterprise.getLicence();
		return new LicenceDownload(file.filename(), file.contentType(), this.files.load(file.storageKey()));
	}

	/** Demo data: the demo enterprises stand verified from the start. */
	@Transactional
	void markVerifiedForDemo(long id, String actor) {
		this.enterprises.findById(id).ifPresent((e) -> e.markVerifiedForDemo(actor, Instant.now()));
	}

	record LicenceDownload(String filename, String contentType, Resource content) {
	}

	private Enterprise inJurisdiction(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.enterprises.findInJurisdiction(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("enterprise"));
	}

	private Enterprise visible(CurrentUser user, long id) {
		if (user.enterpriseId() != null) {
			if (user.enterpriseId() != id) {
				throw new NotFoundException("enterprise");
			}
			return this.enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise"));
		}
		if (user.isOfficial()) {
			return inJurisdiction(user, id);
		}
		throw new NotFoundException("enterprise");
	}

}
