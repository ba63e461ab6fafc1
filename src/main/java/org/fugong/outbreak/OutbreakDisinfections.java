package org.fugong.outbreak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Disinfections of sealed sites, recorded by the district and the town, with their photos. */
@Service
@RequiredArgsConstructor
class OutbreakDisinfections {

	static final int MAX_PHOTOS = 10;

	/** A phone's clock may run a little ahead of the server's. */
	private static final Duration SKEW = Duration.ofMinutes(5);

	private static final String AUDIT_TARGET = OutbreakService.AUDIT_TARGET;

	private final OutbreakAccess access;

	private final DisinfectionRepository disinfections;

	private final OutbreakPhotoRepository photos;

	private final FileStore files;

	private final AuditService audit;

	private final Clock clock;

	/** Records a disinfection of a sealed site, with up to ten photos (checked by content, at most 10 MB each). */
	@Transactional
	public DisinfectionView disinfect(CurrentUser official, long caseId, Instant at, String by, String note,
			List<MultipartFile> photos) {
		if (!official.is(Role.TOWN_OFFICER) && !official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " does not record disinfections");
		}
		OutbreakCase outbreak = this.access.visible(official, caseId);
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = this.clock.instant();
		if (at == null) {
			problems.add(new FieldProblem("at", "validation.required"));
		}
		else if (at.isBefore(outbreak.getSealedAt())) {
			problems.add(new FieldProblem("at", "outbreak.disinfection.beforeSeal"));
		}
		else if (at.isAfter(now.plus(SKEW))) {
			problems.add(new FieldProblem("at", "outbreak.disinfection.future"));
		}
		String who = (by == null) ? "" : by.strip();
		if (who.isEmpty()) {
			problems.add(new FieldProblem("by", "validation.required"));
		}
		else if (who.length() > 100) {
			problems.add(new FieldProblem("by", "outbreak.by.tooLong"));
		}
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (text != null && text.length() > 1000) {
			problems.add(new FieldProblem("note", "outbreak.note.tooLong"));
		}
		List<MultipartFile> given = (photos == null) ? List.of()
				: photos.stream().filter((file) -> file != null && !file.isEmpty()).toList();
		if (given.size() > MAX_PHOTOS) {
			problems.add(new FieldProblem("photo", "outbreak.photos.tooMany", MAX_PHOTOS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		if (outbreak.getState() != OutbreakState.SEALED) {
			throw new ConflictException("outbreak.notSealed");
		}
		Disinfection disinfection = this.disinfections.saveAndFlush(new Disinfection(caseId,
				at.truncatedTo(ChronoUnit.MINUTES), who, text, official.getUsername(), now));
		List<PhotoView> stored = new ArrayList<>();
		for (MultipartFile file : given) {
			FileStore.StoredFile kept = this.files.store(file, FileStore.IMAGES);
			stored.add(this.photos.save(new OutbreakPhoto(disinfection.getId(), caseId, kept)).toView());
		}
		this.photos.flush();
		this.audit.record("OUTBREAK_DISINFECTED", AUDIT_TARGET, caseId, AuditService.SUCCESS,
				who + " " + stored.size() + " photos");
		return disinfection.toView(stored);
	}

	/** A photo of a case the caller may see. */
	@Transactional(readOnly = true)
	PhotoFile photo(CurrentUser user, long caseId, long photoId) {
		this.access.visible(user, caseId);
		OutbreakPhoto photo = this.photos.findById(photoId)
			.filter((p) -> p.getCaseId() == caseId)
			.orElseThrow(() -> new NotFoundException("photo"));
		return new PhotoFile(this.files.load(photo.getFile().storageKey()), photo.getFile().contentType(),
				photo.getFile().filename());
	}

}
