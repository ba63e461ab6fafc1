package org.fugong.pass;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/** The address a holder opens their pass by: the public URL and {@code /p/} and the link token. */
@Component
@RequiredArgsConstructor
class HolderLinks {

	private final PassProperties properties;

	String url(String token) {
		return (token != null) ? this.properties.publicUrl() + "/p/" + token : null;
	}

}
