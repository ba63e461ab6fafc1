package org.fugong.common;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Removes the {@link DemoData} beans unless this start is the embedded demo
 * default. A condition would be evaluated once, when an AOT-processed build is
 * made; this runs at every start, so the same build seeds the demo on a laptop
 * and never seeds a district's database.
 */
@Component
class DemoDataSwitch implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, Ordered {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		if (SecretKeyCheck.embeddedDemo(this.environment)) {
			return;
		}
		for (String name : registry.getBeanDefinitionNames()) {
			if (isDemoData(registry.getBeanDefinition(name))) {
				registry.removeBeanDefinition(name);
			}
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static boolean isDemoData(BeanDefinition definition) {
		String typeName = definition.getBeanClassName();
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			typeName = (annotated.getFactoryMethodMetadata() != null)
					? annotated.getFactoryMethodMetadata().getReturnTypeName() : annotated.getMetadata().getClassName();
		}
		else if (definition.getFactoryMethodName() != null) {
			typeName = null;
		}
		Class<?> type = definition.getResolvableType().resolve();
		if (typeName != null && ClassUtils.isPresent(typeName, DemoDataSwitch.class.getClassLoader())) {
			type = ClassUtils.resolveClassName(typeName, DemoDataSwitch.class.getClassLoader());
		}
		return type != null && AnnotatedElementUtils.hasAnnotation(type, DemoData.class);
	}

}
