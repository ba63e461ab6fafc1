package org.fugong.pass;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 25's promise, on real passes: 1,000 passes freshly issued at once (really
 * signed, each with its own random signature) all read, as the PNG and the SVG the
 * API serves, with ZXing in camera mode and with zbar.
 */
@IntegrationTest
class PassReadabilityTests {

	private static final int PASSES = 1_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	PassService passes;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aThousandFreshPassesAllReadWithZxingInCameraModeAndWithZbar() throws Exception {
		CurrentUser owner = StaffedEnterprises.enterpriseWith(PASSES, this.mvc, this.whitelist, this.users, this.jdbc);
		assertThat(this.passes.issueAllEligible(owner, null, null).issued()).isEqualTo(PASSES);
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM pass WHERE enterprise_id = ? ORDER BY id", Long.class,
				owner.requireEnterpriseId());
		List<String> tokens = new ArrayList<>(PASSES);
		List<BufferedImage> pngs = new ArrayList<>(PASSES);
		List<BufferedImage> svgs = new ArrayList<>(PASSES);
		for (long id : ids) {
			tokens.add(this.passes.qrText(owner, id));
			// The PNG the API draws by default (four-pixel modules) and the SVG at four pixels a module.
			pngs.add(QrImages.png(this.mvc.perform(get("/api/v1/passes/{id}/qr.png", id).with(user(owner)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray()));
			svgs.add(QrImages.svg(this.mvc.perform(get("/api/v1/passes/{id}/qr.svg", id).with(user(owner)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), QrCodes.MIN_MODULE_PIXELS));
		}

		List<String> zxingMissed = IntStream.range(0, PASSES).parallel().mapToObj((i) -> {
			String token = tokens.get(i);
			if (!token.equals(QrImages.camera(pngs.get(i)))) {
				return "png " + ids.get(i);
			}
			return token.equals(QrImages.camera(svgs.get(i))) ? null : "svg " + ids.get(i);
		}).filter(Objects::nonNull).toList();
		assertThat(zxingMissed).as("passes ZXing does not read in camera mode").isEmpty();

		List<String> expected = new ArrayList<>(tokens);
		expected.addAll(tokens);
		List<BufferedImage> pictures = new ArrayList<>(pngs);
		pictures.addAll(svgs);
		assertThat(QrImages.zbar(pictures)).as("what zbar reads in the PNGs and SVGs")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

}
