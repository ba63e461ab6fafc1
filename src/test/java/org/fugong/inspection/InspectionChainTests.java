package org.fugong.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fugong.inspection.teams.TeamService;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A follow-up that does not accept the answer issues a second notice: the
 * enterprise sees the chain on both notices, on the page and in the PDF, and the
 * PDF carries the inspector's photos as thumbnails.
 */
@IntegrationTest
class InspectionChainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TeamService teams;

	@Test
	void theEnterpriseSeesTheFirstAndSecondNoticeNameEachOtherAndThePdfShowsThePhotos() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, InspectionFlowTests.ZONE);
		this.mvc.perform(post("/api/v1/whitelist").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"督查测试\"}".formatted(enterprise.id())))
			.andExpect(status().isCreated());
		this.teams.place((CurrentUser) this.users.loadUserByUsername("fengxian"), enterprise.id(),
				InspectionFlowTests.ZONE + "G2");
		String answer = this.mvc.perform(post("/api/v1/inspections").with(official("hg-team2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"aspects\": %s}".formatted(enterprise.id(),
					InspectionFlowTests.failing("ZONING"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long inspection = ((Number) JsonPath.read(answer, "$.id")).longValue();
		long first = ((Number) JsonPath.read(answer, "$.noticeId")).longValue();
		this.mvc.perform(multipart("/api/v1/inspections/" + inspection + "/photos")
			.file(new MockMultipartFile("file", "zone.png", "image/png", png(800, 600)))
			.param("aspect", "ZONING").with(official("hg-team2")))
			.andExpect(status().isCreated());
		String review = this.mvc.perform(post("/api/v1/rectifications/" + first + "/review").with(official("hg-team2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": false, \"note\": \"分区仍未隔开\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long second = ((Number) JsonPath.read(review, "$.noticeId")).longValue();
		String firstNumber = JsonPath.read(this.mvc.perform(get("/api/v1/rectifications/" + first).with(as(enterprise)))
			.andReturn().getResponse().getContentAsString(), "$.number");
		String secondNumber = JsonPath.read(this.mvc.perform(get("/api/v1/rectifications/" + second).with(as(enterprise)))
			.andReturn().getResponse().getContentAsString(), "$.number");

		this.mvc.perform(get("/rectifications/" + first).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("后续通知书：")))
			.andExpect(content().string(containsString(secondNumber)));
		this.mvc.perform(get("/rectifications/" + second).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("前次通知书：")))
			.andExpect(content().string(containsString(firstNumber)));

		byte[] pdf = this.mvc.perform(get("/rectifications/" + first + "/pdf").with(as(enterprise)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("后续通知书").contains(secondNumber);
			assertThat(images(document.getPage(0).getResources())).isPositive();
		}
		byte[] followUp = this.mvc.perform(get("/rectifications/" + second + "/pdf").with(as(enterprise)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(followUp)) {
			assertThat(new PDFTextStripper().getText(document)).contains("前次通知书").contains(firstNumber);
		}
	}

	private static int images(PDResources resources) throws Exception {
		int count = 0;
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDImageXObject) {
				count++;
			}
		}
		return count;
	}

	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private RequestPostProcessor as(Registered enterprise) {
		return user(this.users.loadUserByUsername(enterprise.username()));
	}

}
