/**
 * Appeals and demands (诉求协调 · 申诉 · 满意度): an enterprise raises a problem or
 * contests a rejected application; the district routes it to an official or a
 * town officer, who answers in the conversation, keeps internal notes the
 * enterprise never sees and resolves it; the enterprise rates the answer or
 * reopens it. Deadlines count working days; an unrated answer closes itself;
 * an upheld appeal publishes {@link org.fugong.appeal.RejectionOverturned}, which
 * the resumption module turns into a returned application.
 */
package org.fugong.appeal;
