package org.fugong.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions stay in PostgreSQL so that any instance serves any session, but a
 * request no longer rewrites its session row just to move the last-access time:
 * the time is written when it has moved by {@code fugong.session.touch-interval}
 * (a minute by default) or when anything else of the session changed. A request
 * on a session then costs one read. The price: a session may end up to that
 * interval earlier than its 30 minutes without a request — never later.
 * <p>
 * Reading a session is one SELECT, sent in autocommit: no transaction around
 * it, so it holds a pooled connection for one round trip instead of three (the
 * application's JPA transaction manager also opened a Hibernate session for it,
 * a sixth of a session request's cost, and under load requests queued for
 * connections). What a save writes stays one transaction, a plain JDBC one.
 * <p>
 * Spring Boot configures the JDBC repository (table, timeout, clean-up) as usual;
 * this wraps it where Spring Session's filter and the account service pick it up.
 */
@Component
class SessionTouches implements BeanPostProcessor, EnvironmentAware, BeanFactoryAware {

	static final String INTERVAL = "fugong.session.touch-interval";

	private Duration interval = Duration.ofMinutes(1);

	@Override
	public void setEnvironment(Environment environment) {
		this.interval = Binder.get(environment).bind(INTERVAL, Duration.class).orElse(Duration.ofMinutes(1));
	}

	private BeanFactory beans;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beans = beanFactory;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcHttpSessionConfiguration configuration) {
			DataSource dataSource = this.beans.getBean(DataSource.class);
			configuration.setTransactionOperations(
					new Transactions(new TransactionTemplate(new JdbcTransactionManager(dataSource))));
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcIndexedSessionRepository jdbc) {
			return new Repository(jdbc, this.interval);
		}
		return bean;
	}

	/** Transactions of the session repository: none while a session is read, a JDBC one for anything else. */
	static final class Transactions implements TransactionOperations {

		private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

		private final TransactionOperations writes;

		Transactions(TransactionOperations writes) {
			this.writes = writes;
		}

		static <T> T reading(Supplier<T> read) {
			READING.set(Boolean.TRUE);
			try {
				return read.get();
			}
			finally {
				READING.remove();
			}
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			return (READING.get() != null) ? TransactionOperations.withoutTransaction().execute(action)
					: this.writes.execute(action);
		}

	}

	/** The JDBC repository whose sessions write their last-access time only now and then. */
	static final class Repository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

		private final JdbcIndexedSessionRepository repository;

		/** The same repository seen through its interface: its session type is not public. */
		private final FindByIndexNameSessionRepository<Session> jdbc;

		private final Duration interval;

		@SuppressWarnings("unchecked")
		Repository(JdbcIndexedSessionRepository repository, Duration interval) {
			this.repository = repository;
			this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
			this.interval = interval;
		}

		@Override
		public Session createSession() {
			return new Touched(this.jdbc.createSession(), this.interval);
		}

		@Override
		public void save(Session session) {
			this.jdbc.save(((Touched) session).stored);
		}

		@Override
		public Session findById(String id) {
			Session stored = Transactions.reading(() -> this.jdbc.findById(id));
			return (stored != null) ? new Touched(stored, this.interval) : null;
		}

		@Override
		public void deleteById(String id) {
			this.jdbc.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, Session> sessions = new LinkedHashMap<>();
			this.jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> sessions.put(id, new Touched(session, this.interval)));
			return sessions;
		}

		@Override
		public void destroy() {
			this.repository.destroy();
		}

	}

	/** A stored session that passes a new last-access time on only once it has moved by the interval. */
	static final class Touched implements Session {

		private final Session stored;

		private final Duration interval;

		Touched(Session stored, Duration interval) {
			this.stored = stored;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(this.interval) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
