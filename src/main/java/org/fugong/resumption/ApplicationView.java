package org.fugong.resumption;

import java.util.List;

import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.resumption.ResumptionStep.TimelineEntry;

/**
 * An application in full: its state, what it says, its materials and its timeline.
 */
public record ApplicationView(ApplicationHeader header, ApplicationContent content, List<MaterialView> materials,
		List<TimelineEntry> timeline) {
}
