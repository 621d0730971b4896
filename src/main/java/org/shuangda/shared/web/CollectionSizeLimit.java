package org.shuangda.shared.web;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.shuangda.shared.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * One limit on the number of items in any list, array or map of a JSON body ({@code shuangda.limits.items-per-list},
 * default 10,000), checked once the body is read and before the controller runs: a body of 2 MB can still
 * hold 500,000 tiny items, and every service walks its lists (often against each other). Over the limit:
 * 422 on the field with its path ({@code parties[0].goods}, {@code body} for a top-level list), the count
 * and the limit. Narrower limits where a list has a meaning of its own (indicators per template: 2,000)
 * stay with their validators. Walks the platform's own request records only ({@code org.shuangda.*}).
 */
@ControllerAdvice
final class CollectionSizeLimit extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 16;

    private final int max;

    CollectionSizeLimit(RequestLimits limits) {
        this.max = limits.itemsPerList();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "body", 0);
        return body;
    }

    private void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> items) {
            tooMany(path, items.size());
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            tooMany(path, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getValue(), path + "." + e.getKey(), depth + 1);
            }
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            int n = Array.getLength(value);
            tooMany(path, n);
            for (int i = 0; i < n; i++) {
                check(Array.get(value, i), path + "[" + i + "]", depth + 1);
            }
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("org.shuangda.")) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Class<?> type = c.getType();
                if (type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type)
                        || type.isEnum() || type.getName().startsWith("java.time.")) {
                    continue;
                }
                check(read(c.getAccessor(), value), "body".equals(path) ? c.getName() : path + "." + c.getName(),
                        depth + 1);
            }
        }
    }

    private void tooMany(String path, int count) {
        if (count > max) {
            throw new InvalidInput(path, "error.limit.items", count, max);
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true); // the records of a module's web package are package-private
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // nothing we can read is nothing we count
        }
    }
}
