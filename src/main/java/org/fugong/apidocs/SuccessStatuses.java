package org.fugong.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares the success statuses a handler really answers when it returns a
 * {@link ResponseEntity}: its byte code is read for {@code ResponseEntity.created},
 * {@code accepted}, {@code noContent}, {@code ok} and {@code status(...)} with a
 * constant 2xx code or {@link HttpStatus} (also through private helpers of the same
 * controller), so {@code ResponseEntity.created(...)} is documented as 201 without
 * hand work. {@code @ResponseStatus} is read by springdoc itself; a handler with
 * its own {@code @ApiResponse} declarations is left as it says.
 */
@Component
@Order(0)
class SuccessStatuses implements OperationCustomizer {

	private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);

	private static final String HTTP_STATUS = Type.getInternalName(HttpStatus.class);

	private static final Map<String, Integer> SHORTCUTS = Map.of("created", 201, "accepted", 202, "noContent", 204,
			"ok", 200);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Method method = handler.getMethod();
		if (!ResponseEntity.class.isAssignableFrom(method.getReturnType())
				|| AnnotatedElementUtils.hasAnnotation(method, ResponseStatus.class)
				|| AnnotatedElementUtils.hasAnnotation(method, io.swagger.v3.oas.annotations.responses.ApiResponse.class)
				|| AnnotatedElementUtils.hasAnnotation(method, io.swagger.v3.oas.annotations.responses.ApiResponses.class)
				|| operation.getResponses() == null) {
			return operation;
		}
		Set<Integer> codes = statuses(ClassUtils.getUserClass(handler.getBeanType()), method.getName(),
				Type.getMethodDescriptor(method));
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		if (codes.isEmpty() || ok == null) {
			return operation;
		}
		if (!codes.contains(200)) {
			responses.remove("200");
		}
		ApiResponses result = new ApiResponses();
		for (int code : codes) {
			ApiResponse response = (code == 200) ? ok
					: new ApiResponse().description(HttpStatus.valueOf(code).getReasonPhrase()).content((code == 204) ? null : ok.getContent());
			result.addApiResponse(String.valueOf(code), response);
		}
		responses.forEach(result::addApiResponse);
		operation.setResponses(result);
		return operation;
	}

	static Set<Integer> statuses(Class<?> type, String name, String descriptor) {
		try (InputStream in = type.getResourceAsStream(ClassUtils.getClassFileName(type))) {
			if (in == null) {
				return Set.of();
			}
			ClassReader reader = new ClassReader(in);
			Set<Integer> codes = new TreeSet<>();
			scan(reader, name, descriptor, codes, new HashSet<>(), 0);
			return codes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void scan(ClassReader reader, String name, String descriptor, Set<Integer> codes, Set<String> seen,
			int depth) {
		if (depth > 2 || !seen.add(name + descriptor)) {
			return;
		}
		String owner = reader.getClassName();
		Set<String> helpers = new HashSet<>();
		Set<Integer> constants = new HashSet<>();
		boolean[] status = { false };
		reader.accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public MethodVisitor visitMethod(int access, String method, String desc, String signature, String[] exceptions) {
				if (!method.equals(name) || !desc.equals(descriptor)) {
					return null;
				}
				return new MethodVisitor(Opcodes.ASM9) {
					@Override
					public void visitIntInsn(int opcode, int operand) {
						constants.add(operand);
					}

					@Override
					public void visitFieldInsn(int opcode, String fieldOwner, String field, String desc) {
						if (opcode == Opcodes.GETSTATIC && fieldOwner.equals(HTTP_STATUS)) {
							constants.add(HttpStatus.valueOf(field).value());
						}
					}

					@Override
					public void visitMethodInsn(int opcode, String methodOwner, String called, String desc, boolean itf) {
						if (methodOwner.equals(RESPONSE_ENTITY) && SHORTCUTS.containsKey(called)) {
							codes.add(SHORTCUTS.get(called));
						}
						else if (methodOwner.equals(RESPONSE_ENTITY) && called.equals("status")) {
							status[0] = true;
						}
						else if (methodOwner.equals(owner)) {
							helpers.add(called + "\u0000" + desc);
						}
					}
				};
			}
		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		if (status[0]) {
			constants.stream().filter((c) -> c >= 200 && c < 300).forEach(codes::add);
		}
		for (String helper : helpers) {
			String[] parts = helper.split("\u0000");
			scan(reader, parts[0], parts[1], codes, seen, depth + 1);
		}
	}

}
