package org.fugong.resumption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fugong.resumption.Escalations.OpenEscalation;
import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.resumption.ResumptionStep.TimelineEntry;
import org.fugong.resumption.Rounds.RoundView;
import org.fugong.security.Role;
import org.fugong.selfcheck.SelfCheckResult;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON shapes of an application's record: the self-check it was submitted
 * with, its rounds and its escalation.
 */
final class RecordResponses {

	private RecordResponses() {
	}

	static String evidencePath(long applicationId, long selfCheckId, String code) {
		return "/api/v1/applications/" + applicationId + "/self-checks/" + selfCheckId + "/evidence/" + code;
	}

	@Schema(name = "ApplicationSelfCheck", description = "The self-check the application was submitted with.")
	record SelfCheckResponse(long id, Instant checkedAt, boolean passed, int templateVersion, String checkedBy,
			List<AnswerResponse> answers) {

		static SelfCheckResponse of(long applicationId, SelfCheckResult check, Locale locale) {
			return new SelfCheckResponse(check.id(), check.checkedAt(), check.passed(), check.templateVersion(),
					check.checkedBy(), check.items()
						.stream()
						.map((i) -> new AnswerResponse(i.item().code(), i.item().category().name(),
								i.item().text(locale), i.item().mandatory(), i.applicable(), i.satisfied(), i.note(),
								i.met(), i.shortfall(),
								(i.fileName() != null) ? List.of(new EvidenceResponse(i.item().code(), i.fileName(),
										evidencePath(applicationId, check.id(), i.item().code()))) : List.of()))
						.toList());
		}

	}

	/** One item's answer; {@code evidence[].id} is the item's code, {@code url} downloads the file. */
	@Schema(name = "ApplicationSelfCheckAnswer")
	record AnswerResponse(String code, String category, String text, boolean mandatory, boolean applicable,
			Boolean satisfied, String note, boolean met, String shortfall, List<EvidenceResponse> evidence) {
	}

	@Schema(name = "ApplicationSelfCheckEvidence")
	record EvidenceResponse(String id, String filename, String url) {
	}

	@Schema(name = "ApplicationEscalation", description = "督办: the current step went up to the level above.")
	record EscalationResponse(Role escalatedTo, Instant escalatedAt, Instant dueAt) {

		static EscalationResponse of(OpenEscalation e) {
			return new EscalationResponse(e.escalatedTo(), e.escalatedAt(), e.dueAt());
		}

	}

	@Schema(name = "ApplicationRound", description = "One submission, as it was submitted.")
	record RoundResponse(int round, Instant submittedAt, String submittedBy, Long selfCheckId, String fixItems,
			RoundContent content, List<RoundMaterial> materials, List<RoundMaterial> withdrawn,
			List<String> changedFields, RoundDecision decision) {

		static RoundResponse of(RoundView r) {
			ApplicationContent c = r.content();
			return new RoundResponse(r.round(), r.submittedAt(), r.submittedBy(), r.selfCheckId(), r.fixItems(),
					new RoundContent(c.plannedResumeDate(), c.returningStaff(), c.returningProduction(),
							c.returningOffice(), c.livingOnSite(), c.dormitoryBeds(), c.closedLoop(), c.shifts(),
							c.canteen(), c.notes(),
							new RoundSamplingPoint(c.samplingLocation(), RoundPerson.of(c.liaison()),
									RoundPerson.of(c.sampler()), RoundPerson.of(c.scanner()))),
					r.materials().stream().map((m) -> RoundMaterial.of(m.material(), m.changed())).toList(),
					r.withdrawn().stream().map((m) -> RoundMaterial.of(m, false)).toList(), r.changedFields(),
					RoundDecision.of(r.decision()));
		}

	}

	@Schema(name = "ApplicationRoundContent")
	record RoundContent(LocalDate plannedResumeDate, int returningStaff, Integer returningProduction,
			Integer returningOffice, Integer livingOnSite, int dormitoryBeds, String closedLoop, String shifts,
			String canteen, String notes, RoundSamplingPoint samplingPoint) {
	}

	@Schema(name = "ApplicationRoundSamplingPoint")
	record RoundSamplingPoint(String location, RoundPerson liaison, RoundPerson sampler, RoundPerson scanner) {
	}

	@Schema(name = "ApplicationRoundPerson")
	record RoundPerson(String name, String phone) {

		static RoundPerson of(ApplicationContent.Specialist s) {
			return (s != null) ? new RoundPerson(s.name(), s.phone()) : null;
		}

	}

	/** A material of a round; {@code changed}: the round before did not have it. */
	@Schema(name = "ApplicationRoundMaterial")
	record RoundMaterial(long id, MaterialKind kind, String filename, String contentType, long size, String sha256,
			Instant uploadedAt, boolean changed) {

		static RoundMaterial of(MaterialView m, boolean changed) {
			return new RoundMaterial(m.id(), m.kind(), m.filename(), m.contentType(), m.size(), m.sha256(),
					m.uploadedAt(), changed);
		}

	}

	/** The last official's step of the round (how it ended, or where it stands). */
	@Schema(name = "ApplicationRoundDecision")
	record RoundDecision(Instant at, String actor, String actorRole, String action, ApplicationState to,
			String opinion, Boolean passed) {

		static RoundDecision of(TimelineEntry t) {
			return (t != null)
					? new RoundDecision(t.at(), t.actor(), t.actorRole(), t.action(), t.to(), t.opinion(), t.passed())
					: null;
		}

	}

}
