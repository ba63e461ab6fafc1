package org.fugong.resumption;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.resumption.Rounds.RoundView;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rounds page (round n beside round n-1, changes marked) and the download of
 * the evidence of the self-check an application was submitted with.
 */
@Controller
@RequiredArgsConstructor
class ApplicationRecordsController {

	private final ApplicationRecords records;

	private final ResumptionService applications;

	@GetMapping("/applications/{id}/rounds")
	String rounds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "round", required = false) String round, Model model) {
		ApplicationHeader header = this.applications.view(user, id).header();
		List<RoundView> rounds = this.records.rounds(user, id);
		int shown = rounds.size();
		if (round != null && round.matches("\\d{1,4}")) {
			shown = Integer.parseInt(round);
		}
		if (!rounds.isEmpty() && (shown < 1 || shown > rounds.size())) {
			throw new NotFoundException("round");
		}
		model.addAttribute("header", header);
		model.addAttribute("rounds", rounds);
		model.addAttribute("current", rounds.isEmpty() ? null : rounds.get(shown - 1));
		model.addAttribute("previous", (shown > 1) ? rounds.get(shown - 2) : null);
		model.addAttribute("ownApplication", user.enterpriseId() != null);
		return "resumption/rounds";
	}

	@GetMapping("/applications/{id}/self-checks/{checkId}/evidence/{code}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long checkId, @PathVariable String code) {
		return ApplicationRecordsApiController.download(this.records.evidence(user, id, checkId, code));
	}

}
