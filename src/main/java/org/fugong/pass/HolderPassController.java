package org.fugong.pass;

import org.fugong.common.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A worker's or a driver's own pass, opened on their phone through the link they
 * were sent: no account, the link is the key (144 random bits, kept only as a
 * hash). It shows the QR code large, the masked name, the enterprise and the
 * validity. A replaced link, or a revoked pass, shows no code.
 */
@Controller
class HolderPassController {

	private final PassService passes;

	private final QrCodes qr;

	HolderPassController(PassService passes, QrCodes qr) {
		this.passes = passes;
		this.qr = qr;
	}

	@GetMapping("/p/{link}")
	String pass(@PathVariable String link, Model model) {
		PassView pass = this.passes.byHolderLink(link).orElseThrow(() -> new NotFoundException("pass"));
		model.addAttribute("pass", pass);
		model.addAttribute("link", link);
		return "passes/holder";
	}

	@GetMapping(path = "/p/{link}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(@PathVariable String link) {
		PassView pass = this.passes.byHolderLink(link)
			.filter((found) -> found.status() == PassStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("pass"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.qr.png(pass.qrText()));
	}

}
