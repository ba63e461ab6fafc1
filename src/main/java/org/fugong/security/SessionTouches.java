package org.fugong.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions stay in PostgreSQL so that any instance serves any session, but a
 * request no longer rewrites its session row just to move the last-access time:
 * the time is written when it has moved by {@code fugong.session.touch-interval}
 * (a minute by default) or when anything else of the session changed. A request
 * on a session then costs one read. The price: a session may end up to that
 * interval earlier than its 30 minutes without a request — never later.
 * <p>
 * The repository's reads and writes run in plain JDBC transactions of their own
 * rather than through the application's JPA transaction manager, which opened a
 * Hibernate session around every read of a session row (a sixth of a session
 * request's cost); what a save writes stays one transaction.
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
			configuration.setTransactionOperations(new TransactionTemplate(new JdbcTransactionManager(dataSource)));
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
			Session stored = this.jdbc.findById(id);
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
