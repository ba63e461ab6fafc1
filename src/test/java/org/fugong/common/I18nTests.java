package org.fugong.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fugong.enterprise.Industry;
import org.fugong.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text comes from the bundles: the Chinese and English bundles hold the
 * same keys, templates use only keys that exist, and no template carries
 * literal text.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LITERAL_TEXT = Pattern
		.compile(">[^<>{}$#*|\\s][^<>{}$#]*[\\p{IsHan}A-Za-z]{2,}[^<>]*<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<!th:)(?<![-\\w])(placeholder|title|alt|aria-label)=\"[^\"]*[\\p{IsHan}A-Za-z]{2,}");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** A key handed to a fragment as a quoted parameter ('market.unit'); a key prefix ('policy.level.') is no key. */
	private static final Pattern FRAGMENT_KEY = Pattern.compile("'([a-z]+(?:\\.[A-Za-z0-9_]+)+)'");

	/** The bundles of {@code spring.messages.basename}, one per feature that brings many texts. */
	private static final List<String> BUNDLES = List.of("messages", "workforce", "passes", "vehicles", "gate",
			"gate_officials", "gate_ui", "appeals", "inspections", "dashboards", "verification", "market", "rounds",
			"outbreaks", "liaison", "alerts");

	@Test
	void bundlesHoldTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> chinese = keys(bundle + ".properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(english).as("keys missing in English of " + bundle).containsAll(chinese);
			assertThat(chinese).as("keys missing in Chinese of " + bundle).containsAll(english);
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : keys(bundle + ".properties")) {
				assertThat(seen.add(key)).as(key + " is defined again in " + bundle).isTrue();
			}
		}
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		Set<String> known = allKeys();
		Set<String> used = new TreeSet<>();
		Set<String> handedToFragments = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			collect(KEY.matcher(html), used);
			collect(FRAGMENT_KEY.matcher(html), handedToFragments);
		}
		assertThat(known).containsAll(used);
		// A fragment takes either a key or the prefix of an enum's keys ('pass.type' for pass.type.WORKER, ...).
		List<String> unknown = handedToFragments.stream()
			.filter((key) -> !known.contains(key) && known.stream().noneMatch((k) -> k.startsWith(key + ".")))
			.toList();
		assertThat(unknown).isEmpty();
	}

	@Test
	void enumsHaveLabels() throws IOException {
		Set<String> known = allKeys();
		for (Role role : Role.values()) {
			assertThat(known).contains("role." + role);
		}
		for (Industry industry : Industry.values()) {
			assertThat(known).contains("industry." + industry);
		}
	}

	@Test
	void templatesCarryNoLiteralText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.trim().startsWith("<!--")) {
					continue;
				}
				if (LITERAL_TEXT.matcher(line).find() || LITERAL_ATTRIBUTE.matcher(line).find()) {
					offenders.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + line.trim());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static void collect(Matcher matcher, Set<String> into) {
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : BUNDLES) {
			known.addAll(keys(bundle + ".properties"));
		}
		return known;
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/i18n/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
