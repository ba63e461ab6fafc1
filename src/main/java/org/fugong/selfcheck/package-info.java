/**
 * The self-check (复工自查, 三准备三措施): versioned templates of items built from the
 * guidance, each with an applicability rule and an evidence requirement; the
 * enterprise answers the items that apply to its site, attaches evidence, and
 * gets a result that names every failed item with the guidance that explains it.
 * A passed check is valid for seven days for a resumption application. Also the
 * guidance pages, which link each document to the items it requires.
 */
package org.fugong.selfcheck;
