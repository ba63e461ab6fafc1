package org.fugong.market;

import java.util.List;

/** An open post of the other kind that fits one's own post, with its score (0-100) and the reasons in words. */
public record PostMatch(PostSummary post, int score, List<String> reasons) {
}
