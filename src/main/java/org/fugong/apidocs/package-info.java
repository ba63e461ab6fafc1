/**
 * The served API contract ({@code /v3/api-docs}): what springdoc reads from the
 * controllers, completed from the code itself so that a new endpoint is documented
 * truthfully without hand work: a tag per feature module, the roles the security
 * rules let in, the {@code application/problem+json} errors the endpoint can
 * answer, and the Chinese labels of enum values. See docs/api.md.
 */
package org.fugong.apidocs;
