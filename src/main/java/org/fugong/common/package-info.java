/**
 * Shared infrastructure every feature may use: the embedded database for the
 * two-command start (durable), the keys that protect data at rest (refused
 * outside the demo when they are the demo's, re-encrypted on rotation), web
 * error handling (pages and problem+json), paging, validation of the
 * identifiers users type (credit code, ID number, phone, plate), masking of
 * personal data, i18n and time.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fugong.common;
