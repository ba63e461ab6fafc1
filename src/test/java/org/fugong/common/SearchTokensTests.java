package org.fugong.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTests {

	@Test
	void chineseIsIndexedAsCharactersAndBigrams() {
		assertThat(SearchTokens.ofDocument("复工复产")).isEqualTo("复 工 产 复工 工复 复产");
	}

	@Test
	void aQueryForAWordInsideALongerWordMatchesItsBigrams() {
		String document = SearchTokens.ofDocument("关于支持企业复工复产的若干措施");
		String query = SearchTokens.toQuery("复工");
		assertThat(query).isEqualTo("复工");
		assertThat(document.split(" ")).contains("复工");
	}

	@Test
	void longerQueriesNeedEveryBigramAndLatinWordsArePrefixes() {
		assertThat(SearchTokens.toQuery("复工复产")).isEqualTo("复工 & 工复 & 复产");
		assertThat(SearchTokens.toQuery("PCR 检测")).isEqualTo("pcr:* & 检测");
		assertThat(SearchTokens.toQuery("社")).isEqualTo("社");
	}

	@Test
	void punctuationAndOperatorsAreNeverPassedOn() {
		assertThat(SearchTokens.toQuery("'; DROP TABLE policy; --")).isEqualTo("drop:* & table:* & policy:*");
		assertThat(SearchTokens.toQuery("!&|():*")).isNull();
		assertThat(SearchTokens.toQuery(null)).isNull();
	}

}
