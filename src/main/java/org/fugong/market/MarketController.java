package org.fugong.market;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.web.FormPost;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The market pages: the search every signed-in user has, the enterprise's
 * posting form and own posts, one post with its matches and exchange, and the
 * officials' oversight with the unanswered demands and the figures.
 */
@Controller
@RequiredArgsConstructor
class MarketController {

	private final MarketService market;

	private final ContactExchange contacts;

	private final KeyFirmService keyFirms;

	private final CoordinationService coordination;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	@GetMapping("/market")
	String search(@ModelAttribute("search") MarketSearchForm search, BindingResult result, Model model) {
		MarketSearchForm filters = result.hasErrors() ? MarketSearchForm.empty() : search;
		model.addAttribute("search", filters);
		var pageable = new PageQuery(filters.page(), 20).toPageable(false, 20, Sort.unsorted());
		model.addAttribute("posts", this.market.search(filters.toFilter(), pageable));
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("categories", PostCategory.values());
		model.addAttribute("districts", this.regions.districts());
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		return "market/search";
	}

	@GetMapping("/market/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		PostForm form = new PostForm();
		form.setKind(PostKind.DEMAND);
		form.setValidUntil(this.market.today().plusDays(30));
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/market/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PostForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormPost.of(result, response, () -> form(user, model)).rejectingInvalidInput().submit(() -> {
			long id = this.market.post(user, form.toInput());
			redirect.addFlashAttribute("message", "market.posted");
			return "redirect:/market/posts/" + id;
		});
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("categories", PostCategory.values());
		model.addAttribute("regions", this.market.regionsFor(user));
		return "market/form";
	}

	@GetMapping("/market/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("posts", this.market.mine(user));
		model.addAttribute("sent", this.contacts.sentBy(user));
		return "market/mine";
	}

	@GetMapping("/market/posts/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return detail(user, id, model, locale);
	}

	@PostMapping("/market/posts/{id}/contacts")
	String contact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormPost.of(result, response, () -> detail(user, id, model, locale))
			.rejecting(BusinessRuleException.class, 422, (ex, fields) -> model.addAttribute("error", ex.messageKey()))
			.rejecting(ConflictException.class, 409, (ex, fields) -> model.addAttribute("error", ex.messageKey()))
			.submit(() -> {
				this.contacts.request(user, id, form.getMessage(), form.getFromPostId());
				redirect.addFlashAttribute("message", "market.contact.sent");
				return "redirect:/market/posts/" + id;
			});
	}

	@PostMapping("/market/contacts/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		ContactView contact = this.contacts.answer(user, id, true);
		redirect.addFlashAttribute("message", "market.contact.accepted");
		return "redirect:/market/posts/" + contact.postId();
	}

	@PostMapping("/market/contacts/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		ContactView contact = this.contacts.answer(user, id, false);
		redirect.addFlashAttribute("message", "market.contact.declined");
		return "redirect:/market/posts/" + contact.postId();
	}

	@PostMapping("/market/posts/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.market.ownPost(user, id);
		return FormPost.of(result, response, () -> detail(user, id, model, locale))
			.rejecting(InvalidInputException.class, 400,
					(ex, fields) -> ex.fields().forEach((f) -> fields.rejectValue(f.field(), f.messageKey())))
			.submit(() -> {
				this.market.close(user, id, form.getOutcome(), form.getQuantityMet());
				redirect.addFlashAttribute("message", "market.closed");
				return "redirect:/market/posts/" + id;
			});
	}

	@GetMapping("/market/oversight")
	String oversight(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") MarketSearchForm search,
			BindingResult result, Model model) {
		return oversight(user, result.hasErrors() ? MarketSearchForm.empty() : search, model);
	}

	@PostMapping("/market/key-firms")
	String flag(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("keyFirmForm") KeyFirmForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return oversight(user, MarketSearchForm.empty(), model);
		}
		this.keyFirms.flag(user, form.getEnterpriseId(), form.getChain());
		redirect.addFlashAttribute("message", "market.keyFirms.flagged");
		return "redirect:/market/oversight";
	}

	@PostMapping("/market/key-firms/{enterpriseId}/remove")
	String unflag(@AuthenticationPrincipal CurrentUser user, @PathVariable long enterpriseId,
			RedirectAttributes redirect) {
		this.keyFirms.unflag(user, enterpriseId);
		redirect.addFlashAttribute("message", "market.keyFirms.removed");
		return "redirect:/market/oversight";
	}

	@PostMapping("/market/coordination/{id}/take")
	String take(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.coordination.take(user, id);
		redirect.addFlashAttribute("message", "market.coordination.taken");
		return "redirect:/market/oversight#coordination-" + id;
	}

	@PostMapping("/market/coordination/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("coordinationForm") CoordinationForm form, BindingResult result,
			RedirectAttributes redirect) {
		return coordinationStep(user, id, result, redirect, "market.coordination.noted",
				() -> this.coordination.note(user, id, form.getText()));
	}

	@PostMapping("/market/coordination/{id}/close")
	String closeItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("coordinationForm") CoordinationForm form, BindingResult result,
			RedirectAttributes redirect) {
		return coordinationStep(user, id, result, redirect, "market.coordination.done",
				() -> this.coordination.close(user, id, form.getText()));
	}

	/** A note or an outcome on a coordination item: the item must be visible, the text given. */
	private String coordinationStep(CurrentUser user, long id, BindingResult result, RedirectAttributes redirect,
			String doneMessage, Runnable step) {
		this.coordination.item(user, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "market.coordination.textRequired");
		}
		else {
			step.run();
			redirect.addFlashAttribute("message", doneMessage);
		}
		return "redirect:/market/oversight#coordination-" + id;
	}

	private String oversight(CurrentUser user, MarketSearchForm filters, Model model) {
		model.addAttribute("coordination", this.coordination.queue(user));
		model.addAttribute("search", filters);
		var pageable = new PageQuery(filters.page(), 20).toPageable(false, 20, Sort.unsorted());
		model.addAttribute("posts", this.market.oversee(user, filters.toFilter().overseen(), pageable));
		model.addAttribute("unanswered", this.market.unansweredDemands(user, PageRequest.of(0, 50)));
		model.addAttribute("figures", this.market.figures(user.jurisdiction()));
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("categories", PostCategory.values());
		model.addAttribute("states", PostState.values());
		String district = user.jurisdiction().districtCode();
		model.addAttribute("towns", (district != null) ? this.regions.children(district) : java.util.List.of());
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("keyFirms", this.keyFirms.list(user));
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			model.addAttribute("enterprises", this.enterprises.allInJurisdiction(user));
			if (!model.containsAttribute("keyFirmForm")) {
				model.addAttribute("keyFirmForm", new KeyFirmForm());
			}
		}
		return "market/oversight";
	}

	private String detail(CurrentUser user, long id, Model model, Locale locale) {
		PostDetail detail = this.market.detail(user, id);
		model.addAttribute("post", detail);
		if (detail.own()) {
			model.addAttribute("matches", this.market.matches(user, id, MarketApiController.MATCH_LIMIT, locale));
			if (!model.containsAttribute("closeForm")) {
				model.addAttribute("closeForm", new CloseForm());
			}
		}
		if (detail.canContact()) {
			if (!model.containsAttribute("contactForm")) {
				model.addAttribute("contactForm", new ContactForm());
			}
			model.addAttribute("ownOpenPosts", this.market.mine(user)
				.stream()
				.filter((p) -> p.state() == PostState.OPEN && p.kind() != detail.summary().kind()
						&& p.category() == detail.summary().category())
				.toList());
		}
		return "market/detail";
	}

}
