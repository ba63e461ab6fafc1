package org.fugong.outbreak;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A disinfection photo's content, type (read from the content when it was stored) and name. */
record PhotoFile(Resource content, String contentType, String filename) {

	/** The photo as an answer: its own type, never cached, never sniffed as something else. */
	ResponseEntity<Resource> response() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.content);
	}

}
