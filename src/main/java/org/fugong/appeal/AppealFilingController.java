package org.fugong.appeal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.NotFoundException;
import org.fugong.common.web.FormPost;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The filing forms: the enterprise's own, and an official's on an enterprise's behalf. */
@Controller
@RequiredArgsConstructor
class AppealFilingController {

	private static final List<String> FIELDS = List.of("type", "subject", "content", "applicationId");

	private static final List<String> ON_BEHALF_FIELDS = List.of("type", "subject", "content", "enterpriseId",
			"channel");

	private final AppealFiling filing;

	private final EnterpriseService enterprises;

	@GetMapping("/appeals/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long applicationId, Model model) {
		AppealForm form = new AppealForm();
		if (applicationId != null) {
			form.setType(AppealType.APPLICATION_REJECTED);
			form.setApplicationId(applicationId);
		}
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/appeals/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AppealForm form,
			BindingResult result, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getType() == AppealType.APPLICATION_REJECTED && form.getApplicationId() == null) {
			result.rejectValue("applicationId", "appeal.application.required");
		}
		UnaryOperator<String> field = onto(FIELDS);
		return post(result, response, model, () -> form(user, model), field)
			.rejecting(BusinessRuleException.class, 400, (ex, errors) -> FormPost.reject(errors, ex.fields(), field))
			.rejecting(ConflictException.class, 400, (ex, errors) -> FormPost.reject(errors, ex.fields(), field))
			.submit(() -> filed(redirect, "appeal.filed", this.filing.file(user, form.toInput(), files)));
	}

	@GetMapping("/appeals/on-behalf")
	String initOnBehalfForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) String q, Model model) {
		AppealForm form = new AppealForm();
		form.setEnterpriseId(enterpriseId);
		form.setChannel(AppealChannel.HOTLINE);
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		return onBehalfForm(user, q, model);
	}

	@PostMapping("/appeals/on-behalf")
	String processOnBehalfForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AppealForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getEnterpriseId() == null) {
			result.rejectValue("enterpriseId", "validation.required");
		}
		if (form.getChannel() == null) {
			result.rejectValue("channel", "validation.required");
		}
		return post(result, response, model, () -> onBehalfForm(user, null, model), onto(ON_BEHALF_FIELDS))
			.rejecting(NotFoundException.class, 400,
					(ex, errors) -> errors.rejectValue("enterpriseId", "appeal.onBehalf.enterpriseUnknown"))
			.submit(() -> filed(redirect, "appeal.onBehalf.filed", this.filing.fileOnBehalf(user,
					form.getEnterpriseId(), form.getChannel(), form.toInput(), files)));
	}

	/** Either filing form: the service's field problems on the form's fields, a refused file above them. */
	private static FormPost post(BindingResult result, HttpServletResponse response, Model model,
			Supplier<String> form, UnaryOperator<String> field) {
		return FormPost.of(result, response, form)
			.rejectingInvalidInput(field)
			.rejecting(FileRejectedException.class, 400,
					(ex, errors) -> model.addAttribute("fileError", ex.messageKey()));
	}

	private static String filed(RedirectAttributes redirect, String message, long id) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/appeals/" + id;
	}

	/** A problem with a field the form does not show goes under the content. */
	private static UnaryOperator<String> onto(List<String> fields) {
		return (field) -> fields.contains(field) ? field : "content";
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("types", AppealType.values());
		model.addAttribute("rejected", this.filing.contestable(user));
		model.addAttribute("maxFiles", AppealAttachment.MAX_PER_APPEAL);
		return "appeals/form";
	}

	/** The form, with the enterprises to choose from: those matching the search, and the one chosen. */
	private String onBehalfForm(CurrentUser user, String q, Model model) {
		AppealForm form = (AppealForm) model.getAttribute("form");
		List<EnterpriseView> matches = new ArrayList<>(
				this.enterprises.search(user, q, PageRequest.of(0, 20, Sort.by("name"))).getContent());
		if (form != null && form.getEnterpriseId() != null
				&& matches.stream().noneMatch((e) -> e.id() == form.getEnterpriseId())) {
			try {
				matches.add(0, this.enterprises.profile(user, form.getEnterpriseId()));
			}
			catch (NotFoundException ex) {
				form.setEnterpriseId(null);
			}
		}
		model.addAttribute("matches", matches);
		model.addAttribute("types",
				Arrays.stream(AppealType.values()).filter((t) -> t != AppealType.APPLICATION_REJECTED).toList());
		model.addAttribute("channels", AppealChannel.values());
		model.addAttribute("maxFiles", AppealAttachment.MAX_PER_APPEAL);
		return "appeals/on-behalf";
	}

}
