package org.fugong.whitelist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's batch import: a CSV of credit codes, batches and reasons, checked
 * row by row and imported all or nothing.
 */
@Controller
@RequiredArgsConstructor
class WhitelistImportController {

	private final WhitelistService whitelist;

	private final WhitelistImport cityImport;

	@GetMapping("/whitelist/import")
	String initImportForm(@AuthenticationPrincipal CurrentUser user) {
		requireCity(user);
		return "whitelist/import";
	}

	@PostMapping("/whitelist/import")
	String processImport(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		requireCity(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "file.empty");
			return "whitelist/import";
		}
		if (file.getSize() > WhitelistCsv.MAX_BYTES) {
			model.addAttribute("fileError", "whitelist.import.tooLarge");
			return "whitelist/import";
		}
		try {
			model.addAttribute("result", this.cityImport.importCityList(user, file.getBytes()));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("fileError", ex.messageKey());
		}
		catch (ConflictException ex) {
			model.addAttribute("fileError", "whitelist.import.conflict");
		}
		return "whitelist/import";
	}

	@GetMapping("/whitelist/import/template.csv")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
		requireCity(user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("whitelist-template.csv").build().toString())
			.body(WhitelistCsv.template());
	}

	private void requireCity(CurrentUser user) {
		if (this.whitelist.levelKeptBy(user).orElse(null) != WhitelistLevel.CITY) {
			throw new AccessDeniedException("Only city officials import the city's whitelist");
		}
	}

}
