package org.fugong.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A short list of ids kept in one text column, comma-separated (as a production
 * stop or an outbreak case keeps the whitelist entries it suspended, to restore
 * exactly those); an empty list is stored as empty text and read back from empty
 * text or null.
 */
@Converter
public class IdList implements AttributeConverter<List<Long>, String> {

	@Override
	public String convertToDatabaseColumn(List<Long> ids) {
		return (ids == null) ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	@Override
	public List<Long> convertToEntityAttribute(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
	}

}
