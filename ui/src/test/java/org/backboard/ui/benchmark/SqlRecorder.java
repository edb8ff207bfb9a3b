package org.backboard.ui.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL an application call sends, with its bound parameters, so the benchmark can time
 * the same statements as plain JDBC (the SQL floor). Wraps the application's DataSource; records
 * only on the thread inside {@link #record} and passes everything else straight through.
 */
final class SqlRecorder implements BeanPostProcessor {

    /** One executed statement: its SQL and the parameter setters called on it, in order. */
    record Recorded(String sql, List<Binding> bindings) {
        boolean isQuery() {
            String start = sql.stripLeading().toLowerCase(Locale.ROOT);
            return start.startsWith("select") || start.startsWith("with");
        }
    }

    /** A {@code setXxx(index, value...)} call on a prepared statement. */
    record Binding(Method setter, Object[] arguments) { }

    private static final ThreadLocal<List<Recorded>> RECORDING = new ThreadLocal<>();

    /** Runs the call once and gives the statements it executed. */
    static List<Recorded> record(Supplier<?> call) {
        List<Recorded> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            call.get();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) {
                return prepared((String) args[0], prepared);
            }
            if (result instanceof Statement plain && method.getName().equals("createStatement")) {
                return plain(plain);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(String sql, PreparedStatement statement) {
        List<Binding> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.startsWith("execute") && RECORDING.get() != null) {
                RECORDING.get().add(new Recorded(sql, List.copyOf(bindings)));
            }
            return method.invoke(target, args);
        });
    }

    private static Statement plain(Statement statement) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql
                    && RECORDING.get() != null) {
                RECORDING.get().add(new Recorded(sql, List.of()));
            }
            return method.invoke(target, args);
        });
    }

    private interface Handler<T> {
        Object invoke(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler unwrapping = (self, method, args) -> {
            try {
                return handler.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, unwrapping));
    }
}
