import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The failure drills' guards: several phones scanning through nginx as the gate page does
 * (POST /api/v1/gate/verify with the device token, a fresh scan id per scan). A scan whose
 * answer is 2xx is acknowledged; any other answer or a broken connection is kept as the page
 * keeps an offline scan, and sent again through POST /api/v1/gate/scans/sync at the end, as
 * the page does when it is back online. Writes every acknowledged scan id to
 * acknowledged.txt and a line a second to timeline.tsv (epoch ms, answers 2xx, 503, other).
 * <p>
 * An answer saying {@code "alreadyScanned":true} (the same pass at the same gate in the same
 * direction within ten seconds) is about the earlier scan: the gate logs no second row for it,
 * by design, and answers with the earlier one's pass, direction and time. Such a scan id is
 * written to repeats.tsv (scan id, pass id, direction, checkpoint id, the earlier scan's
 * time) instead, and the check looks for that earlier row. With the 5,000 passes of the drill
 * this happens once the phones pass about 1,000 scans a second: the same pass comes back in
 * the same direction every 10,000 scans.
 *
 * Usage: java ScanClient.java URL TOKENS DEVICE_TOKEN_FILE SECONDS THREADS OUT_DIR RUN_ID
 * (run with -Djavax.net.ssl.trustStore=… for nginx's certificate).
 */
public class ScanClient {

	private static final int BUCKETS = 3600;

	public static void main(String[] args) throws Exception {
		String url = args[0];
		List<String> tokens = Files.readAllLines(Path.of(args[1]));
		String device = Files.readString(Path.of(args[2])).strip();
		int seconds = Integer.parseInt(args[3]);
		int threads = Integer.parseInt(args[4]);
		Path out = Path.of(args[5]);
		String run = args[6];

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> repeats = new ConcurrentLinkedQueue<>();
		Queue<String[]> offline = new ConcurrentLinkedQueue<>();
		AtomicLongArray ok = new AtomicLongArray(BUCKETS);
		AtomicLongArray unavailable = new AtomicLongArray(BUCKETS);
		AtomicLongArray other = new AtomicLongArray(BUCKETS);
		AtomicLong slowestUnavailableMs = new AtomicLong();
		long start = System.currentTimeMillis();
		long end = start + seconds * 1000L;
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				long n = 0;
				while (System.currentTimeMillis() < end) {
					long index = n * threads + thread;
					String token = tokens.get((int) (index % tokens.size()));
					String direction = ((index / tokens.size()) % 2 == 0) ? "IN" : "OUT";
					String scanId = run + "-" + thread + "-" + n;
					n++;
					String body = "{\"qrText\":\"" + token + "\",\"direction\":\"" + direction + "\",\"scanId\":\""
							+ scanId + "\"}";
					long sent = System.currentTimeMillis();
					int bucket = (int) Math.min(BUCKETS - 1, (sent - start) / 1000);
					try {
						HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/gate/verify"))
							.timeout(Duration.ofSeconds(10))
							.header("Content-Type", "application/json")
							.header("Authorization", "Bearer " + device)
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (answer.statusCode() / 100 == 2 && answer.body().contains("\"alreadyScanned\":true")) {
							repeats.add(scanId + "\t" + field(answer.body(), "passId") + "\t"
									+ field(answer.body(), "direction") + "\t" + field(answer.body(), "checkpointId") + "\t"
									+ field(answer.body(), "scannedAt"));
							ok.incrementAndGet(bucket);
							continue;
						}
						if (answer.statusCode() / 100 == 2) {
							acknowledged.add(scanId);
							ok.incrementAndGet(bucket);
							continue;
						}
						if (answer.statusCode() == 503) {
							unavailable.incrementAndGet(bucket);
							slowestUnavailableMs.accumulateAndGet(System.currentTimeMillis() - sent, Math::max);
						}
						else {
							other.incrementAndGet(bucket);
						}
					}
					catch (IOException | InterruptedException ex) {
						other.incrementAndGet(bucket);
					}
					// The page judges offline and keeps the scan for its sync.
					offline.add(new String[] { scanId, token, direction, Instant.ofEpochMilli(sent).toString() });
					sleepQuietly(100);
				}
				done.countDown();
			}, "phone-" + t);
			worker.start();
		}
		done.await();
		long measured = (System.currentTimeMillis() - start) / 1000 + 1;
		List<String> timeline = new ArrayList<>();
		for (int i = 0; i < Math.min(BUCKETS, measured); i++) {
			timeline.add((start + i * 1000L) + "\t" + ok.get(i) + "\t" + unavailable.get(i) + "\t" + other.get(i));
		}
		Files.write(out.resolve("timeline.tsv"), timeline);
		long answered = acknowledged.size();
		long synced = sync(http, url, device, new ArrayList<>(offline), acknowledged);
		Files.write(out.resolve("acknowledged.txt"), acknowledged, StandardCharsets.US_ASCII);
		Files.write(out.resolve("repeats.tsv"), repeats, StandardCharsets.US_ASCII);
		System.out.printf("scans answered 2xx %d (and %d as repeats of an earlier scan), kept offline %d, synced afterwards %d, "
				+ "slowest 503 %d ms%n", answered, repeats.size(), offline.size(), synced, slowestUnavailableMs.get());
	}

	/** The page's sync: offline scans in chunks, repeated until the server takes them (or a minute passes). */
	private static long sync(HttpClient http, String url, String device, List<String[]> scans, Queue<String> acknowledged)
			throws InterruptedException {
		long synced = 0;
		long giveUp = System.currentTimeMillis() + 60_000;
		for (int from = 0; from < scans.size();) {
			List<String[]> chunk = scans.subList(from, Math.min(scans.size(), from + 200));
			StringBuilder body = new StringBuilder("[");
			for (String[] scan : chunk) {
				if (body.length() > 1) {
					body.append(',');
				}
				body.append("{\"scanId\":\"").append(scan[0]).append("\",\"qrText\":\"").append(scan[1])
					.append("\",\"direction\":\"").append(scan[2]).append("\",\"scannedAt\":\"").append(scan[3])
					.append("\",\"verdict\":\"VALID\"}");
			}
			body.append(']');
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/gate/scans/sync"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + device)
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() / 100 == 2) {
					chunk.forEach((scan) -> acknowledged.add(scan[0]));
					synced += chunk.size();
					from += chunk.size();
					continue;
				}
				System.out.println("sync answered " + answer.statusCode() + ": " + answer.body());
			}
			catch (IOException ex) {
				System.out.println("sync failed: " + ex);
			}
			if (System.currentTimeMillis() > giveUp) {
				System.out.println("sync gave up with " + (scans.size() - from) + " scans still on the phones");
				break;
			}
			Thread.sleep(1000);
		}
		return synced;
	}

	/** A top-level scalar of the answer's JSON, unquoted (the answer is flat where these fields are). */
	private static String field(String json, String name) {
		int at = json.indexOf("\"" + name + "\":");
		if (at < 0) {
			return "";
		}
		int from = at + name.length() + 3;
		int to = from;
		while (to < json.length() && json.charAt(to) != ',' && json.charAt(to) != '}') {
			to++;
		}
		return json.substring(from, to).replace("\"", "");
	}

	private static void sleepQuietly(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
