package org.fugong.liaison;

import java.util.List;

/**
 * An enterprise's liaison page: the officer (null while none is assigned), every
 * visit newest first and the messages oldest first. {@code mine} is whether the
 * caller is the liaison (and so may log visits and answer).
 */
public record LiaisonDetail(long enterpriseId, String enterpriseName, LiaisonView liaison, List<VisitView> visits,
		List<MessageView> messages, boolean mine) {
}
