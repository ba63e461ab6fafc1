/**
 * Shapes the features' entities and forms share: the enterprise and
 * jurisdiction columns a scoped record carries, and the small value types
 * several features store or bind the same way.
 */
package org.fugong.common.domain;
