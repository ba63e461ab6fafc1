package org.fugong.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guard's phone page: scanning, the verdict, the shift's counts, and the
 * offline check for when the network drops. Everything after the first render
 * happens in {@code static/js/gate/} against {@code /api/v1/gate}.
 */
@Controller
@RequiredArgsConstructor
class GateController {

	/** The texts the page's scripts show, handed over in one JSON attribute: every key under this prefix. */
	static final String SCRIPT_TEXTS = "gateui.js.";

	private static final List<String> SCRIPT_KEYS = scriptKeys();

	private final CheckpointService checkpoints;

	private final MessageSource messages;

	private final JsonMapper json;

	@GetMapping({ "/gate", "/gate/" })
	String scan(@AuthenticationPrincipal CurrentUser guard, Model model, Locale locale) {
		CheckpointView checkpoint = this.checkpoints.checkpointOf(guard.getUsername()).orElse(null);
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("directions", directions(checkpoint));
		model.addAttribute("texts", this.json.writeValueAsString(texts(locale)));
		return "gate/scan";
	}

	/**
	 * The service worker, from {@code static/gate/sw.js}; served here so that it
	 * may control {@code /gate} itself (its folder alone would only allow
	 * {@code /gate/…}) and so that phones always look for a new version.
	 */
	@GetMapping("/gate/sw.js")
	ResponseEntity<Resource> serviceWorker() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/gate")
			.contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
			.body(new ClassPathResource("static/gate/sw.js"));
	}

	/**
	 * People go in and out everywhere; vehicles also arrive at and depart from the
	 * enterprise, which a factory gate or a quarantine point records, not a road checkpoint.
	 */
	static List<Direction> directions(CheckpointView checkpoint) {
		if (checkpoint == null || checkpoint.kind() != CheckpointKind.ROAD_CHECKPOINT
				|| checkpoint.defaultDirection() == Direction.ARRIVE || checkpoint.defaultDirection() == Direction.DEPART) {
			return List.of(Direction.values());
		}
		return List.of(Direction.IN, Direction.OUT);
	}

	private Map<String, String> texts(Locale locale) {
		Map<String, String> texts = new TreeMap<>();
		for (String key : SCRIPT_KEYS) {
			texts.put(key.substring(SCRIPT_TEXTS.length()), this.messages.getMessage(key, null, key, locale));
		}
		for (VerificationReason reason : VerificationReason.values()) {
			texts.put("reason." + reason.name(),
					this.messages.getMessage("gate.reason." + reason.name(), null, reason.name(), locale));
		}
		for (Direction direction : Direction.values()) {
			texts.put("direction." + direction.name(),
					this.messages.getMessage("gateui.direction." + direction.name(), null, direction.name(), locale));
		}
		return texts;
	}

	private static List<String> scriptKeys() {
		Properties bundle = new Properties();
		try (InputStream in = new ClassPathResource("i18n/gate_ui.properties").getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle.stringPropertyNames().stream().filter((key) -> key.startsWith(SCRIPT_TEXTS)).sorted().toList();
	}

}
