package org.fugong.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTests {

	@Test
	void keepsStructureAndDropsScriptsStylesAndHandlers() {
		String dirty = "<h3>标题</h3><p onclick=\"steal()\">正文<script>alert(1)</script></p>"
				+ "<ul><li><strong>要点</strong></li></ul><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">链接</a>"
				+ "<style>body{}</style><iframe src=\"https://evil\"></iframe>";
		String clean = SafeHtml.sanitize(dirty);
		assertThat(clean).contains("<h3>标题</h3>", "<li><strong>要点</strong></li>", "正文")
			.doesNotContain("script", "onclick", "onerror", "javascript", "style", "iframe", "alert");
	}

	@Test
	void plainTextForSearch() {
		assertThat(SafeHtml.plainText("<p>复工&amp;复产</p><p>措施</p>")).isEqualTo("复工&复产 措施");
	}

}
