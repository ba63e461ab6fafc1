package org.fugong.appeal;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One item's page and its conversation: messages, internal notes and the files attached. */
@Controller
class AppealConversationController {

	private final AppealConversation conversation;

	private final AppealPage page;

	AppealConversationController(AppealConversation conversation, AppealPage page) {
		this.conversation = conversation;
		this.page = page;
	}

	@GetMapping("/appeals/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return this.page.show(user, id, model);
	}

	@PostMapping("/appeals/{id}/messages")
	String message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.post(user, id, model, result, response)
			.submit(AppealPage.done(id, redirect, "appeal.messageSent",
					() -> this.conversation.message(user, id, form.getText())));
	}

	@PostMapping("/appeals/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.post(user, id, model, result, response)
			.submit(AppealPage.done(id, redirect, "appeal.noteAdded",
					() -> this.conversation.note(user, id, form.getText())));
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		AppealConversation.AttachmentDownload file = this.conversation.attachment(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
