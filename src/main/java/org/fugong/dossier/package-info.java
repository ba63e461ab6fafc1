/**
 * 一企一档: one page of an enterprise for the officials of its region, and
 * {@code GET /api/v1/enterprises/{id}/file}, composed from what each module
 * answers through its public query type (applications, whitelist entries,
 * passes, daily reports and tests, inspections, notices and stops, appeals, the
 * liaison officer) with a timeline of them all. It reads no other module's
 * tables and nothing depends on it, so the modules it reads stay free of cycles.
 */
package org.fugong.dossier;
