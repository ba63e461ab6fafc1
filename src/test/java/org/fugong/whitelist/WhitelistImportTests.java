package org.fugong.whitelist;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.fugong.common.BusinessRuleException;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The city's CSV import, all or nothing, with every bad row answered by its line.
 */
@IntegrationTest
class WhitelistImportTests {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	WhitelistService whitelist;

	@Autowired
	WhitelistImport cityImport;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aValidFileListsEveryEnterpriseAndSkipsThoseAlreadyListed() throws Exception {
		Registered a = Registrations.register(this.mvc, "310117", "310117105");
		Registered b = Registrations.register(this.mvc, "310120", "310120101");
		Registered listed = Registrations.register(this.mvc, "310117", "310117104");
		this.whitelist.add(as("city"), listed.id(), WhitelistLevel.CITY, "首批", null);
		String csv = "统一社会信用代码,企业名称,批次,原因\r\n" + a.creditCode() + "," + a.name() + ",第二批,重点产业链企业\r\n"
				+ b.creditCode().toLowerCase() + "," + b.name() + ", 第二批 ,\r\n" + "\r\n" + listed.creditCode() + ","
				+ listed.name() + ",第二批,\r\n";

		ImportResult result = this.cityImport.importCityList(as("city"), utf8(csv, true));

		assertThat(result.imported()).isTrue();
		assertThat(result.rows()).isEqualTo(3);
		assertThat(result.added()).isEqualTo(2);
		assertThat(result.skipped()).extracting(ImportResult.Line::line, ImportResult.Line::creditCode)
			.containsExactly(tuple(5, listed.creditCode()));
		assertThat(this.whitelist.entriesOf(a.id())).singleElement().satisfies((e) -> {
			assertThat(e.level()).isEqualTo(WhitelistLevel.CITY);
			assertThat(e.batch()).isEqualTo("第二批");
			assertThat(e.source()).isEqualTo(WhitelistSource.IMPORT);
			assertThat(e.reason()).isEqualTo("重点产业链企业");
		});
		assertThat(this.whitelist.entriesOf(b.id())).singleElement()
			.satisfies((e) -> assertThat(e.batch()).isEqualTo("第二批"));
		assertThat(this.whitelist.entriesOf(listed.id())).singleElement()
			.satisfies((e) -> assertThat(e.batch()).isEqualTo("首批"));
		long entry = this.whitelist.entriesOf(a.id()).get(0).id();
		assertThat(this.jdbc.queryForObject(
				"SELECT actor FROM audit_log WHERE action = 'WHITELIST_ADDED' AND target_type = 'WHITELIST' AND target_id = ?",
				String.class, Long.toString(entry))).isEqualTo("city");
	}

	@Test
	void aFileWithBadLinesImportsNothingAndNamesEveryBadLine() throws Exception {
		Registered good = Registrations.register(this.mvc, "310117", "310117105");
		Registered alsoGood = Registrations.register(this.mvc, "310117", "310117105");
		String unknown = TestData.creditCode();
		String csv = "统一社会信用代码,批次,原因,企业名称\n" // line 1
				+ good.creditCode() + ",第二批,\"跨行的\n原因\"," + good.name() + "\n" // lines 2-3
				+ "91310117MA1J3L4X2Z,第二批,,某公司\n" // line 4: check character wrong
				+ unknown + ",第二批,,某公司\n" // line 5: no such enterprise
				+ alsoGood.creditCode() + ",,," + alsoGood.name() + "\n" // line 6: no batch
				+ good.creditCode() + ",第二批,," + good.name() + "\n" // line 7: repeats line 2
				+ ",第二批,,某公司\n" // line 8: no code
				+ alsoGood.creditCode() + "," + "批".repeat(51) + ",," + alsoGood.name() + "\n"; // line 9: batch too long

		ImportResult result = this.cityImport.importCityList(as("city"), utf8(csv, false));

		assertThat(result.imported()).isFalse();
		assertThat(result.added()).isZero();
		assertThat(result.errors()).extracting(ImportResult.Line::line, ImportResult.Line::messageKey)
			.containsExactly(tuple(4, "validation.creditCode.invalid"), tuple(5, "whitelist.import.enterprise.unknown"),
					tuple(6, "whitelist.import.batch.required"), tuple(7, "whitelist.import.creditCode.repeated"),
					tuple(8, "whitelist.import.creditCode.required"), tuple(9, "whitelist.import.creditCode.repeated"),
					tuple(9, "whitelist.import.batch.tooLong"));
		assertThat(result.errors().get(3).arg()).isEqualTo(2);
		assertThat(this.whitelist.entriesOf(good.id())).isEmpty();
		assertThat(this.whitelist.entriesOf(alsoGood.id())).isEmpty();
	}

	@Test
	void aGbkFileFromExcelIsReadAsWell() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310120", "310120505");
		String csv = "统一社会信用代码,企业名称,批次,原因\r\n" + enterprise.creditCode() + "," + enterprise.name()
				+ ",第三批,海港开发区重点企业\r\n";
		byte[] gbk = csv.getBytes(Charset.forName("GBK"));

		ImportResult result = this.cityImport.importCityList(as("city"), gbk);

		assertThat(result.added()).isOne();
		assertThat(this.whitelist.entriesOf(enterprise.id())).singleElement().satisfies((e) -> {
			assertThat(e.batch()).isEqualTo("第三批");
			assertThat(e.reason()).isEqualTo("海港开发区重点企业");
		});
	}

	@Test
	void theEnglishHeaderWorksInAnyOrderAndTheReasonColumnIsOptional() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117107");
		String csv = "batch,name,creditCode\n2026-11-23," + enterprise.name() + "," + enterprise.creditCode() + "\n";

		ImportResult result = this.cityImport.importCityList(as("city"), utf8(csv, false));

		assertThat(result.added()).isOne();
		assertThat(this.whitelist.entriesOf(enterprise.id())).singleElement()
			.satisfies((e) -> assertThat(e.batch()).isEqualTo("2026-11-23"));
	}

	@Test
	void unusableFilesAreRefusedAsAWhole() {
		CurrentUser city = as("city");
		assertThat(refusal(city, utf8("名称,批次\n上海某公司,首批\n", true))).isEqualTo("whitelist.import.header");
		assertThat(refusal(city, utf8("统一社会信用代码,批次,原因\n91310117MA1J3L4X2Z,首批,\n", true)))
			.isEqualTo("whitelist.import.header");
		assertThat(refusal(city, utf8("统一社会信用代码,企业名称,批次,原因\n", true))).isEqualTo("whitelist.import.noRows");
		assertThat(refusal(city, new byte[0])).isEqualTo("file.empty");
		assertThat(refusal(city, utf8("统一社会信用代码,企业名称,批次,原因\n\"91310117MA1J3L4X2Z,首批\n", false)))
			.isEqualTo("whitelist.import.malformed");
		StringBuilder many = new StringBuilder("creditCode,name,batch\n");
		for (int i = 0; i <= WhitelistCsv.MAX_ROWS; i++) {
			many.append("91310117MA1J3L4X2Z,某公司,首批\n");
		}
		assertThat(refusal(city, utf8(many.toString(), false))).isEqualTo("whitelist.import.tooManyRows");
		assertThat(refusal(city, new byte[(int) WhitelistCsv.MAX_BYTES + 1])).isEqualTo("whitelist.import.tooLarge");
	}

	@Test
	void onlyCityOfficialsImport() {
		byte[] csv = utf8("统一社会信用代码,批次\n91310117MA1J3L4X2Z,首批\n", false);
		for (String official : new String[] { "songjiang", "xinqiao" }) {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.cityImport.importCityList(as(official), csv));
		}
	}

	@Test
	void theTemplateIsUtf8WithAByteOrderMark() {
		byte[] template = WhitelistCsv.template();
		assertThat(new byte[] { template[0], template[1], template[2] }).isEqualTo(BOM);
		assertThat(WhitelistCsv.decode(template)).isEqualTo("统一社会信用代码,企业名称,批次,原因\r\n");
	}

	private String refusal(CurrentUser city, byte[] content) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> this.cityImport.importCityList(city, content));
		assertThat(thrown).isInstanceOf(BusinessRuleException.class);
		return ((BusinessRuleException) thrown).messageKey();
	}

	private static byte[] utf8(String csv, boolean bom) {
		byte[] text = csv.getBytes(StandardCharsets.UTF_8);
		if (!bom) {
			return text;
		}
		byte[] withBom = new byte[text.length + 3];
		System.arraycopy(BOM, 0, withBom, 0, 3);
		System.arraycopy(text, 0, withBom, 3, text.length);
		return withBom;
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
