package org.fugong.inspection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

/** One aspect as the inspector records it. */
record AspectInput(Aspect aspect, Boolean passed, String note) {

	/**
	 * The verdicts checked: every aspect once with a verdict, a failed one with a
	 * note, and all of {@code required} (all six when null) given; 400 otherwise.
	 */
	static List<AspectResult> check(List<AspectInput> aspects, Set<Aspect> required) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Aspect, AspectResult> results = new EnumMap<>(Aspect.class);
		List<AspectInput> given = (aspects != null) ? aspects : List.of();
		for (int i = 0; i < given.size(); i++) {
			AspectInput input = given.get(i);
			String field = "aspects[" + i + "]";
			if (input == null || input.aspect() == null) {
				problems.add(new FieldProblem(field + ".aspect", "validation.required"));
				continue;
			}
			if (results.containsKey(input.aspect())) {
				problems.add(new FieldProblem(field + ".aspect", "inspection.aspect.repeated"));
				continue;
			}
			String note = (input.note() == null || input.note().isBlank()) ? null : input.note().trim();
			if (input.passed() == null) {
				problems.add(new FieldProblem(field + ".passed", "validation.required"));
				continue;
			}
			if (!input.passed() && note == null) {
				problems.add(new FieldProblem(field + ".note", "inspection.note.requiredWhenFailed"));
			}
			if (note != null && note.length() > 500) {
				problems.add(new FieldProblem(field + ".note", "inspection.validation.max500"));
			}
			results.put(input.aspect(), new AspectResult(input.aspect(), input.passed(), note));
		}
		Set<Aspect> needed = (required != null) ? required : EnumSet.allOf(Aspect.class);
		if (problems.isEmpty() && !results.keySet().containsAll(needed)) {
			problems.add(new FieldProblem("aspects", (required != null) ? "inspection.aspects.followUpIncomplete"
					: "inspection.aspects.incomplete"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		return List.copyOf(results.values());
	}

}
