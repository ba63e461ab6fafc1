package org.fugong.appeal;

/**
 * What an enterprise files: the type, subject and content, and for an appeal
 * against a rejection the application it contests.
 */
record AppealInput(AppealType type, String subject, String content, Long applicationId) {
}
