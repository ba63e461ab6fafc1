package org.fugong.resumption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.resumption.ApplicationContent.Specialist;
import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.resumption.ResumptionStep.TimelineEntry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Freezes each submission as a round and reads the rounds back, each beside the
 * one before: which fields changed, which materials are new, which were withdrawn,
 * what the return before it asked to fix and what decision ended it.
 */
@Component
@RequiredArgsConstructor
class Rounds {

	/** A mapper of its own: a round is written and read the same way whatever the web's JSON settings become. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ResumptionRoundRepository rounds;

	private final ResumptionMaterialRepository materials;

	private final ResumptionStepRepository steps;

	/**
	 * Freezes what the enterprise submits now. The site photos are the officials'
	 * record of a visit, not part of what the enterprise submits.
	 */
	void freeze(ResumptionRequest request, String by, Long selfCheckId, Instant at) {
		int number = (int) this.rounds.countByRequestId(request.getId()) + 1;
		Set<Long> attached = new LinkedHashSet<>();
		this.materials.ofRequest(request.getId())
			.stream()
			.filter((m) -> m.getKind() != MaterialKind.SITE_PHOTO)
			.forEach((m) -> attached.add(m.toView().id()));
		String fixItems = (number > 1) ? request.header().fixItems() : null;
		this.rounds.save(new ResumptionRound(request.getId(), number, at, by, selfCheckId, fixItems,
				JSON.writeValueAsString(request.content()), attached));
	}

	/** Whether a material went into a submitted round, and so may no longer be deleted. */
	boolean isSubmitted(long materialId) {
		return this.rounds.isSubmitted(materialId);
	}

	/** The rounds of an application, the first first. */
	List<RoundView> of(long requestId) {
		List<ResumptionRound> frozen = this.rounds.ofRequest(requestId);
		Set<Long> ids = new LinkedHashSet<>();
		frozen.forEach((r) -> ids.addAll(r.getMaterialIds()));
		Map<Long, MaterialView> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			this.materials.findAllInOrder(ids).forEach((m) -> byId.put(m.toView().id(), m.toView()));
		}
		List<TimelineEntry> timeline = this.steps.timeline(requestId).stream().map(ResumptionStep::toEntry).toList();
		List<RoundView> views = new ArrayList<>();
		ResumptionRound previous = null;
		for (int i = 0; i < frozen.size(); i++) {
			ResumptionRound round = frozen.get(i);
			Instant end = (i + 1 < frozen.size()) ? frozen.get(i + 1).getSubmittedAt() : null;
			views.add(view(round, previous, byId, decision(timeline, round.getSubmittedAt(), end)));
			previous = round;
		}
		return views;
	}

	private static RoundView view(ResumptionRound round, ResumptionRound previous, Map<Long, MaterialView> byId,
			TimelineEntry decision) {
		ApplicationContent content = read(round.getContent());
		Map<String, Object> now = fields(content);
		Map<String, Object> before = (previous != null) ? fields(read(previous.getContent())) : null;
		List<FieldRow> rows = new ArrayList<>();
		now.forEach((field, value) -> {
			Object old = (before != null) ? before.get(field) : null;
			rows.add(new FieldRow(field, value, old, value instanceof Specialist || old instanceof Specialist,
					before != null && !Objects.equals(old, value)));
		});
		Set<Long> earlier = (previous != null) ? previous.getMaterialIds() : Set.of();
		List<RoundMaterial> attached = byId.values()
			.stream()
			.filter((m) -> round.getMaterialIds().contains(m.id()))
			.map((m) -> new RoundMaterial(m, previous != null && !earlier.contains(m.id())))
			.sorted(RoundMaterial.ORDER)
			.toList();
		List<MaterialView> withdrawn = byId.values()
			.stream()
			.filter((m) -> earlier.contains(m.id()) && !round.getMaterialIds().contains(m.id()))
			.sorted(java.util.Comparator.comparing(MaterialView::kind).thenComparing(MaterialView::id))
			.toList();
		return new RoundView(round.getRoundNo(), round.getSubmittedAt(), round.getSubmittedBy(),
				round.getSelfCheckId(), round.getFixItems(), content, round.getContent(), rows, attached, withdrawn,
				decision);
	}

	/** The last official's step between this submission and the next: how the round ended, if it has. */
	private static TimelineEntry decision(List<TimelineEntry> timeline, Instant start, Instant end) {
		TimelineEntry last = null;
		for (TimelineEntry entry : timeline) {
			boolean inRound = !entry.at().isBefore(start) && (end == null || entry.at().isBefore(end));
			if (inRound && !"SUBMIT".equals(entry.action())) {
				last = entry;
			}
		}
		return last;
	}

	static ApplicationContent read(String json) {
		return JSON.readValue(json, ApplicationContent.class);
	}

	/** The fields of an application in the order its page shows them. */
	static Map<String, Object> fields(ApplicationContent c) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("plannedResumeDate", c.plannedResumeDate());
		fields.put("returningStaff", c.returningStaff());
		fields.put("returningProduction", c.returningProduction());
		fields.put("returningOffice", c.returningOffice());
		fields.put("livingOnSite", c.livingOnSite());
		fields.put("dormitoryBeds", c.dormitoryBeds());
		fields.put("closedLoop", c.closedLoop());
		fields.put("shifts", c.shifts());
		fields.put("canteen", c.canteen());
		fields.put("samplingLocation", c.samplingLocation());
		fields.put("liaison", c.liaison());
		fields.put("sampler", c.sampler());
		fields.put("scanner", c.scanner());
		fields.put("notes", c.notes());
		return fields;
	}

	/**
	 * One round as submitted. {@code contentJson} is the stored text itself;
	 * {@code rows} lists every field with the previous round's value beside it.
	 */
	record RoundView(int round, Instant submittedAt, String submittedBy, Long selfCheckId, String fixItems,
			ApplicationContent content, String contentJson, List<FieldRow> rows, List<RoundMaterial> materials,
			List<MaterialView> withdrawn, TimelineEntry decision) {

		public List<String> changedFields() {
			return this.rows.stream().filter(FieldRow::changed).map(FieldRow::field).toList();
		}

	}

	/** A field of a round and the same field in the round before; {@code person} marks a specialist. */
	record FieldRow(String field, Object value, Object previous, boolean person, boolean changed) {
	}

	/** A material of a round; {@code changed} when the round before did not have it (added or a replacement). */
	record RoundMaterial(MaterialView material, boolean changed) {

		static final java.util.Comparator<RoundMaterial> ORDER = java.util.Comparator
			.comparing((RoundMaterial m) -> m.material().kind())
			.thenComparing((m) -> m.material().id());

	}

}
