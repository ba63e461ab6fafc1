package org.fugong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only the tables it owns. The owner of a table is the module
 * that writes it: the table in {@code docs/architecture.md} ("Table ownership")
 * says so for every table, or else the migration that creates it is named after
 * its module ({@code V20__market_posts.sql}). Every SQL string of
 * {@code src/main/java} is scanned — native queries, {@code JdbcTemplate} text
 * blocks and JPQL, whose entity names stand for their {@code @Table}s — and a
 * table of another module fails the build, unless its owner publishes it as a
 * view in its {@code package-info.java} ("Published views: {@code name}").
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/org/fugong");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path MAP = Path.of("docs/architecture.md");

	private static final Pattern CREATE = Pattern.compile(
			"(?i)create\\s+(?:unlogged\\s+)?(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern MAP_ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|\\s*`(\\w+)`\\s*\\|.*$", Pattern.MULTILINE);

	private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)\\w*\\.sql");

	/** String literals and text blocks, with adjacent pieces joined by {@code +}. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"", Pattern.DOTALL);

	private static final Pattern SQL = Pattern.compile("(?is)\\b(select|insert|update|delete|merge|truncate|from|join)\\b.*");

	/** The names after FROM, JOIN, INTO, UPDATE, TABLE and USING, with comma-joined lists after FROM. */
	private static final Pattern NAMED = Pattern.compile(
			"(?i)\\b(?:from|join|into|update|table|using|truncate)\\s+(?:only\\s+)?(\\w+)((?:\\s+(?:as\\s+)?\\w+)?(?:\\s*,\\s*\\w+(?:\\s+(?:as\\s+)?\\w+)?)*)");

	private static final Pattern LISTED = Pattern.compile(",\\s*(\\w+)");

	private static final Pattern ENTITY = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");

	private static final Pattern PUBLISHED = Pattern.compile("(?s)Published views?:(.*?)(?:\\*/|\\n\\s*\\*\\s*\\n)");

	private static final Pattern CODE = Pattern.compile("\\{@code\\s+(\\w+)\\}");

	@Test
	void everyTableHasAnOwner() {
		Map<String, String> owners = owners();
		Set<String> modules = modules();
		Set<String> created = createdTables().keySet();
		assertThat(owners).as("tables of the migrations").containsKeys(created.toArray(String[]::new));
		assertThat(created).as("tables owned by a module").allMatch((table) -> modules.contains(owners.get(table)));
	}

	@Test
	void modulesNameOnlyTheirOwnTables() {
		Map<String, String> owners = owners();
		Map<String, String> entities = entities();
		Map<String, Set<String>> published = publishedViews();
		List<String> foreign = new ArrayList<>();
		for (Path file : javaFiles()) {
			String module = SOURCES.relativize(file).getName(0).toString();
			for (String table : foreignTables(module, read(file), owners, entities, published)) {
				foreign.add(SOURCES.relativize(file) + ": " + table);
			}
		}
		assertThat(foreign).as("tables named outside their owning module (file: table)").isEmpty();
	}

	@Test
	void aForeignTableFailsAndAPublishedViewDoesNot() {
		Map<String, String> owners = Map.of("daily_report", "workforce", "enterprise", "enterprise",
				"enterprise_directory", "enterprise", "daily_reminder", "dashboard");
		Map<String, Set<String>> published = Map.of("enterprise", Set.of("enterprise_directory"));
		String source = """
				class X {
					String a = "SELECT count(*) FROM daily_report d JOIN enterprise_directory e ON e.id = d.enterprise_id";
					String b = "INSERT INTO daily_reminder (enterprise_id) VALUES (?)";
					String c = "UPDATE enterprise SET name = ?";
				}
				""";
		assertThat(foreignTables("dashboard", source, owners, Map.of(), published))
			.containsExactly("daily_report", "enterprise");
		assertThat(foreignTables("workforce", source, owners, Map.of(), published))
			.containsExactly("daily_reminder", "enterprise");
		assertThat(foreignTables("enterprise", source, owners, Map.of(), published))
			.containsExactly("daily_reminder", "daily_report");
	}

	/** The tables {@code source} names that neither {@code module} owns nor their owner publishes. */
	static List<String> foreignTables(String module, String source, Map<String, String> owners,
			Map<String, String> entities, Map<String, Set<String>> published) {
		return tablesNamed(source, owners, entities).stream()
			.filter((table) -> !owners.get(table).equals(module)
					&& !published.getOrDefault(owners.get(table), Set.of()).contains(table))
			.toList();
	}

	@Test
	void theScannerSeesNativeJpqlAndCommaJoins() {
		Map<String, String> owners = Map.of("pass", "pass", "enterprise", "enterprise", "gate_scan", "gate");
		Map<String, String> entities = Map.of("Enterprise", "enterprise");
		String source = """
				class X {
					String a = \"""
						select count(*) from gate_scan s, pass p
						where extract(hour from s.scanned_at) = 1\""";
					String b = "select e from Enterprise e " + "join e.region r";
					String c = "pass.issued";
				}
				""";
		assertThat(tablesNamed(source, owners, entities)).containsExactlyInAnyOrder("gate_scan", "pass", "enterprise");
	}

	static Set<String> tablesNamed(String source, Map<String, String> owners, Map<String, String> entities) {
		Set<String> tables = new TreeSet<>();
		for (String sql : sqlStrings(source)) {
			Matcher named = NAMED.matcher(sql);
			while (named.find()) {
				List<String> names = new ArrayList<>();
				names.add(named.group(1));
				Matcher listed = LISTED.matcher(named.group(2));
				while (listed.find()) {
					names.add(listed.group(1));
				}
				for (String name : names) {
					String table = entities.containsKey(name) ? entities.get(name) : name.toLowerCase(Locale.ROOT);
					if (owners.containsKey(table) && (entities.containsKey(name) || name.equals(table))) {
						tables.add(table);
					}
				}
			}
		}
		return tables;
	}

	private static List<String> sqlStrings(String source) {
		List<String> strings = new ArrayList<>();
		Matcher literal = LITERAL.matcher(source);
		StringBuilder joined = null;
		int end = -1;
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			boolean continues = joined != null && source.substring(end, literal.start()).strip().equals("+");
			if (!continues) {
				if (joined != null) {
					strings.add(joined.toString());
				}
				joined = new StringBuilder();
			}
			joined.append(text).append(' ');
			end = literal.end();
		}
		if (joined != null) {
			strings.add(joined.toString());
		}
		return strings.stream().filter((s) -> SQL.matcher(s).find()).toList();
	}

	/** Table → owning module: the architecture document first, then the migration's name. */
	static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		Matcher row = MAP_ROW.matcher(read(MAP));
		while (row.find()) {
			owners.put(row.group(1), row.group(2));
		}
		Set<String> modules = modules();
		createdTables().forEach((table, migration) -> {
			if (!owners.containsKey(table)) {
				Matcher name = MIGRATION_NAME.matcher(migration);
				if (name.matches()) {
					String word = name.group(1);
					for (String module : List.of(word, word.replaceAll("e?s$", ""), word.replaceAll("s$", ""))) {
						if (modules.contains(module)) {
							owners.put(table, module);
							break;
						}
					}
				}
			}
		});
		return owners;
	}

	/** Table → the migration file that creates it. */
	private static Map<String, String> createdTables() {
		Map<String, String> tables = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				Matcher create = CREATE.matcher(read(file));
				while (create.find()) {
					tables.put(create.group(1).toLowerCase(Locale.ROOT), file.getFileName().toString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static Set<String> modules() {
		Set<String> modules = new TreeSet<>();
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			dirs.filter(Files::isDirectory).forEach((dir) -> modules.add(dir.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return modules;
	}

	/** JPA entity name → table. */
	private static Map<String, String> entities() {
		Map<String, String> entities = new HashMap<>();
		for (Path file : javaFiles()) {
			Matcher entity = ENTITY.matcher(read(file));
			while (entity.find()) {
				entities.put(entity.group(2), entity.group(1));
			}
		}
		return entities;
	}

	/** Module → the views it publishes for others in its package-info. */
	private static Map<String, Set<String>> publishedViews() {
		Map<String, Set<String>> views = new HashMap<>();
		for (String module : modules()) {
			Path info = SOURCES.resolve(module).resolve("package-info.java");
			if (Files.exists(info)) {
				Matcher published = PUBLISHED.matcher(read(info));
				while (published.find()) {
					Matcher code = CODE.matcher(published.group(1));
					while (code.find()) {
						views.computeIfAbsent(module, (m) -> new TreeSet<>()).add(code.group(1));
					}
				}
			}
		}
		return views;
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((f) -> f.toString().endsWith(".java"))
				.filter((f) -> SOURCES.relativize(f).getNameCount() > 1)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
