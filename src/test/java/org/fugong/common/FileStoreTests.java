package org.fugong.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upload store on a real disk: a good file is kept whole, a file the server cannot
 * write (the disk is full, the folder gone) is refused with its own message and status,
 * and nothing half-written stays behind. The full disk itself is the failure drill
 * {@code src/bench/drill/full-disk.sh}.
 */
class FileStoreTests {

	private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@TempDir
	Path root;

	@Test
	void aGoodFileIsKeptUnderAGeneratedNameWithItsHash() throws IOException {
		FileStore store = new FileStore(this.root.toString());
		FileStore.StoredFile stored = store.store(new ByteArrayInputStream(PDF), "防疫方案.pdf",
				FileStore.DOCUMENTS_AND_IMAGES);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(Files.readAllBytes(this.root.resolve(stored.key()))).isEqualTo(PDF);
		assertThat(partialFiles()).isZero();
	}

	@Test
	void aStoreThatCannotWriteRefusesWith507AndKeepsNothing() throws IOException {
		FileStore store = new FileStore(this.root.resolve("files").toString());
		// The folder is replaced by a file: every write under it fails, as on a full or broken disk.
		Files.delete(this.root.resolve("files"));
		Files.writeString(this.root.resolve("files"), "not a folder");
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), "a.pdf", FileStore.DOCUMENTS_AND_IMAGES))
			.isInstanceOfSatisfying(FileStore.FileRejectedException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("file.notSaved");
				assertThat(ex.status()).isEqualTo(507);
			});
	}

	@Test
	void anUploadThatCannotBeReadIsTheUsersProblemNotTheDisks() throws IOException {
		FileStore store = new FileStore(this.root.toString());
		InputStream broken = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};
		assertThatThrownBy(() -> store.store(broken, "a.pdf", FileStore.DOCUMENTS_AND_IMAGES))
			.isInstanceOf(IOException.class);
		assertThat(partialFiles()).isZero();
	}

	private long partialFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter((path) -> path.toString().endsWith(".part")).count();
		}
	}

}
