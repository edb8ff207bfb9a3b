package org.backboard.ui.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./backboard.sh generate}: once the demo clinic is loaded, stop instead of serving it. The
 * application still starts whole (on a random port), so the load runs through the same stores.
 */
@Component
@Profile("demo")
@Order(20)
@ConditionalOnBooleanProperty("backboard.demo.exit-when-loaded")
class ExitWhenLoaded implements ApplicationRunner {

    private final ConfigurableApplicationContext context;

    ExitWhenLoaded(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        System.exit(SpringApplication.exit(context));
    }
}
