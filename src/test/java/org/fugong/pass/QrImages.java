package org.fugong.pass;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reading the pictures of pass codes as a gate's phone does: ZXing in camera mode
 * (as html5-qrcode is set up on the gate page: QR codes only, {@code TRY_HARDER},
 * no pure-barcode shortcut) and zbar's {@code zbarimg}; and the SVG drawn to pixels
 * from its markup, as a browser or printer does.
 */
final class QrImages {

	private static final Map<DecodeHintType, Object> CAMERA = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
			DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

	private static final Path ZBARIMG = Path.of("/usr/bin/zbarimg");

	private QrImages() {
	}

	/** What ZXing reads in camera mode; null when it finds no code. */
	static String camera(BufferedImage image) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new MultiFormatReader().decode(bitmap, CAMERA).getText();
		}
		catch (ReaderException ex) {
			return null;
		}
	}

	static BufferedImage png(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new IllegalArgumentException("Not a PNG");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The SVG's rectangles filled at {@code modulePixels} pixels a unit of its viewBox. */
	static BufferedImage svg(String svg, int modulePixels) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("No viewBox");
		}
		int width = Integer.parseInt(box.group(1)) * modulePixels;
		int height = Integer.parseInt(box.group(2)) * modulePixels;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLACK);
		Matcher run = RUN.matcher(svg.substring(svg.indexOf(" d=\"")));
		while (run.find()) {
			g.fillRect(Integer.parseInt(run.group(1)) * modulePixels, Integer.parseInt(run.group(2)) * modulePixels,
					Integer.parseInt(run.group(3)) * modulePixels, modulePixels);
		}
		g.dispose();
		return image;
	}

	/**
	 * The texts of the codes zbar reads in the pictures (a picture it cannot read adds
	 * none): one {@code zbarimg} per core over a share of the pictures. On CI ({@code CI=true}) a
	 * missing zbarimg fails the test; elsewhere it skips it.
	 */
	static List<String> zbar(List<BufferedImage> images) throws Exception {
		boolean installed = Files.isExecutable(ZBARIMG);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must install zbar-tools (zbarimg) for the QR readability tests");
		}
		assumeTrue(installed, "zbarimg (Debian's zbar-tools) is not installed: the zbar check is skipped");
		Path directory = Files.createTempDirectory("fugong-zbar");
		try {
			List<Path> files = new ArrayList<>(images.size());
			for (int i = 0; i < images.size(); i++) {
				Path file = directory.resolve(String.format("%05d.png", i));
				ImageIO.write(images.get(i), "PNG", file.toFile());
				files.add(file);
			}
			int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
			int share = (files.size() + workers - 1) / workers;
			List<Process> processes = new ArrayList<>();
			List<Path> outputs = new ArrayList<>();
			for (int from = 0; from < files.size(); from += share) {
				List<String> command = new ArrayList<>(List.of(ZBARIMG.toString(), "-q", "--raw", "-Sdisable",
						"-Sqrcode.enable"));
				for (Path file : files.subList(from, Math.min(files.size(), from + share))) {
					command.add(file.toString());
				}
				Path output = directory.resolve("out-" + from + ".txt");
				outputs.add(output);
				processes.add(new ProcessBuilder(command).redirectOutput(output.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start());
			}
			for (Process process : processes) {
				if (!process.waitFor(5, TimeUnit.MINUTES)) {
					process.destroyForcibly();
					throw new IllegalStateException("zbarimg did not finish");
				}
			}
			List<String> read = new ArrayList<>();
			for (Path output : outputs) {
				for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						read.add(line.strip());
					}
				}
			}
			return read;
		}
		finally {
			try (var paths = Files.walk(directory)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
