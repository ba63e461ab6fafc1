package org.fugong.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files: the type is read from the content (magic bytes, by Apache Tika),
 * never from the name; the size is checked while copying; the file is kept
 * outside the web root under a generated name with its SHA-256. The original
 * name is only data. A rejected file leaves nothing behind.
 */
@Component
public class FileStore {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The message of an upload the server could not write (a full disk): 507, nothing kept. */
	static final String NOT_SAVED = "file.notSaved";

	/** PDF and the usual photo formats: what scanned documents and phone pictures are. */
	public static final Set<String> DOCUMENTS_AND_IMAGES = Set.of("application/pdf", "image/png", "image/jpeg",
			"image/webp", "image/heic", "image/heif");

	public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/webp", "image/heic",
			"image/heif");

	private final Path root;

	/**
	 * Tika reads its whole type registry when made (a second of CPU on a busy
	 * machine): made at the first upload, not on the start path.
	 */
	private static final class Detector {

		static final Tika TIKA = new Tika();

	}

	FileStore(@Value("${fugong.files.directory}") String directory) throws IOException {
		this.root = Path.of(directory).toAbsolutePath().normalize();
		Files.createDirectories(this.root);
	}

	public StoredFile store(MultipartFile file, Set<String> allowedTypes) {
		if (file == null || file.isEmpty()) {
			throw new FileRejectedException("file.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new FileRejectedException("file.tooLarge");
		}
		try (InputStream in = file.getInputStream()) {
			return store(in, file.getOriginalFilename(), allowedTypes);
		}
		catch (IOException ex) {
			throw new FileRejectedException("file.unreadable");
		}
	}

	public StoredFile store(InputStream content, String originalName, Set<String> allowedTypes) throws IOException {
		Path temp = saving(() -> Files.createTempFile(this.root, "upload-", ".part"));
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha256);
					OutputStream out = new SavingStream(Files.newOutputStream(temp))) {
				size = copyAtMost(in, out, MAX_BYTES);
			}
			catch (NotSaved ex) {
				throw new FileRejectedException(NOT_SAVED);
			}
			if (size == 0) {
				throw new FileRejectedException("file.empty");
			}
			String type = Detector.TIKA.detect(temp);
			if (!allowedTypes.contains(type)) {
				throw new FileRejectedException("file.typeNotAllowed");
			}
			LocalDate today = TimeFormat.today();
			String key = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
			Path target = resolve(key);
			saving(() -> {
				Files.createDirectories(target.getParent());
				return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			});
			return new StoredFile(key, cleanName(originalName), type, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * A step that writes to the store's disk: when it fails (the disk is full, the folder
	 * is not writable) the upload is refused with its own message and status, not taken
	 * for a bad file, and the partial file is removed by the caller's {@code finally}.
	 */
	private static <T> T saving(IoStep<T> step) {
		try {
			return step.run();
		}
		catch (IOException ex) {
			throw new FileRejectedException(NOT_SAVED);
		}
	}

	private interface IoStep<T> {

		T run() throws IOException;

	}

	/** Tells a failed write from a failed read of the upload. */
	private static final class SavingStream extends FilterOutputStream {

		SavingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			try {
				this.out.write(bytes, offset, length);
			}
			catch (IOException ex) {
				throw new NotSaved(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				throw new NotSaved(ex);
			}
		}

	}

	private static final class NotSaved extends RuntimeException {

		NotSaved(IOException cause) {
			super(cause);
		}

	}

	public Resource load(String key) {
		Path path = resolve(key);
		if (!Files.isRegularFile(path)) {
			throw new NotFoundException("file");
		}
		return new FileSystemResource(path);
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new NotFoundException("file");
		}
		return path;
	}

	private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > max) {
				throw new FileRejectedException("file.tooLarge");
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "file";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
		return (base.length() > 200) ? base.substring(base.length() - 200) : base;
	}

	/** A file kept by the store. */
	public record StoredFile(String key, String originalName, String contentType, long size, String sha256) {
	}

	/** A file that was refused: the key says why, in the reader's language. */
	public static class FileRejectedException extends RuntimeException {

		private final String messageKey;

		public FileRejectedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public int status() {
			if (NOT_SAVED.equals(this.messageKey)) {
				return 507;
			}
			return "file.tooLarge".equals(this.messageKey) ? 413 : 400;
		}

	}

}
