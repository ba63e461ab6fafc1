package org.fugong.pass;

import org.springframework.stereotype.Component;

/** The address a holder opens their pass by: the public URL and {@code /p/} and the link token. */
@Component
class HolderLinks {

	private final PassProperties properties;

	HolderLinks(PassProperties properties) {
		this.properties = properties;
	}

	String url(String token) {
		return (token != null) ? this.properties.publicUrl() + "/p/" + token : null;
	}

}
