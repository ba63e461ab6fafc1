package org.fugong.common;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * An AOT-processed build (the production start, docs/operations.md) fixes at build
 * time whether the actuator endpoints have a management port of their own. Started
 * with the other shape, it would quietly keep the metrics where the operator did not
 * put them; this refuses such a start and says how to build for it.
 */
@Component
class ManagementPortCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final String CHILD_CONTEXT = "org.springframework.boot.actuate.autoconfigure.web.server."
			+ "ChildManagementContextInitializer";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		Class<?> child = ClassUtils.resolveClassName(CHILD_CONTEXT, ManagementPortCheck.class.getClassLoader());
		boolean built = beanFactory.getBeanNamesForType(child, true, false).length > 0;
		boolean wanted = ManagementPortType.get(this.environment) == ManagementPortType.DIFFERENT;
		if (built == wanted) {
			return;
		}
		throw new UnsafeConfigurationException(wanted
				? "MANAGEMENT_SERVER_PORT asks for a management port of its own, but this build (AOT-processed) "
						+ "serves the actuator endpoints on the public port."
				: "This build (AOT-processed) was made for a management port of its own, but MANAGEMENT_SERVER_PORT "
						+ "is not set (or is the public port).",
				"Build with the same MANAGEMENT_SERVER_PORT setting as the deployment (`MANAGEMENT_SERVER_PORT=9464 "
						+ "./mvnw package`, or none), or start without -Dspring.aot.enabled=true "
						+ "(docs/operations.md, \"Starting fast\").");
	}

}
