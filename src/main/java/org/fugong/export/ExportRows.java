package org.fugong.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An export's rows, counted and read through a read-only cursor (fetched 2,000
 * at a time, no entities) in a transaction of their own, and handed to the
 * streaming writer by a reader thread while the writer fills the cells.
 */
final class ExportRows {

	private static final Logger log = LoggerFactory.getLogger(ExportRows.class);

	private static final int FETCH_SIZE = 2_000;

	private static final int PROGRESS_EVERY = 5_000;

	private static final int BATCH = 500;

	private static final int QUEUED_BATCHES = 16;

	/** The end of the rows, put after the last batch (compared by identity). */
	private static final List<Object[]> END = new ArrayList<>();

	private final JdbcTemplate cursor;

	private final TransactionTemplate reading;

	private final ExecutorService readers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "export-reader");
		thread.setDaemon(true);
		return thread;
	});

	ExportRows(DataSource dataSource, PlatformTransactionManager transactions) {
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(FETCH_SIZE);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** How many rows the query answers. */
	long count(ExportQuery query) {
		if (query.inMemory()) {
			return query.rows().size();
		}
		Long total = this.reading.execute((status) -> this.cursor
			.queryForObject("SELECT count(*) " + query.from(), Long.class, query.args().toArray()));
		return (total != null) ? total : 0;
	}

	/**
	 * Streams the rows into the writer. A reader thread fetches them from the
	 * cursor in batches while this thread writes the cells, so that the database
	 * and the writer work at the same time instead of in turns.
	 */
	long stream(ExportQuery query, XlsxWriter writer, LongConsumer progress) {
		if (query.inMemory()) {
			query.rows().forEach(writer::row);
			return writer.rows();
		}
		String sql = "SELECT " + query.select() + " " + query.from()
				+ ((query.orderBy() != null) ? " ORDER BY " + query.orderBy() : "");
		Object[] args = query.args().toArray();
		BlockingQueue<List<Object[]>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
		Future<?> fetching = this.readers.submit(() -> {
			try {
				read(sql, args, query.reader(), batches);
			}
			finally {
				putQuietly(batches, END);
			}
			return null;
		});
		long started = System.nanoTime();
		try {
			while (true) {
				List<Object[]> batch = batches.take();
				if (batch == END) {
					break;
				}
				for (Object[] row : batch) {
					if (!writer.row(row)) {
						throw new IllegalStateException("More rows than a sheet holds");
					}
					if (writer.rows() % PROGRESS_EVERY == 0) {
						progress.accept(writer.rows());
					}
				}
			}
			fetching.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Export interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			fetching.cancel(true);
		}
		log.debug("Export streamed {} rows in {} ms", writer.rows(), (System.nanoTime() - started) / 1_000_000);
		return writer.rows();
	}

	private void read(String sql, Object[] args, ExportQuery.RowReader reader, BlockingQueue<List<Object[]>> batches) {
		this.reading.executeWithoutResult((status) -> {
			List<List<Object[]>> current = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
			this.cursor.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
						ResultSet.CONCUR_READ_ONLY);
				statement.setFetchSize(FETCH_SIZE);
				new ArgumentPreparedStatementSetter(args).setValues(statement);
				return statement;
			}, (ResultSet rs) -> {
				List<Object[]> batch = current.get(0);
				batch.add(reader.read(rs));
				if (batch.size() == BATCH) {
					put(batches, batch);
					current.set(0, new ArrayList<>(BATCH));
				}
			});
			if (!current.get(0).isEmpty()) {
				put(batches, current.get(0));
			}
		});
	}

	private static void put(BlockingQueue<List<Object[]>> batches, List<Object[]> batch) {
		try {
			batches.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Export reader interrupted", ex);
		}
	}

	private static void putQuietly(BlockingQueue<List<Object[]>> batches, List<Object[]> batch) {
		try {
			batches.offer(batch, 1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
