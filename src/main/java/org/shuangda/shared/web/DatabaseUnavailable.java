package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached, or no connection came free within the pool's timeout: the request answers
 * 503 with {@code Retry-After} at once, never a 500 and never a request left hanging. Nothing was half-written:
 * whatever the request began ran in a transaction that did not commit. Used by the front filter
 * ({@code platform.nodes.DatabaseUnavailableFilter}, for what fails in a filter such as the session store) and
 * by both error handlers (for what fails inside a controller). The page is plain text-free HTML built here, not a
 * template: the layout would ask the database for the menu and the unread badge.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait: a pool that ran dry frees up in about that time, a restart takes longer. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** True when {@code e}, or one of its causes, says the database is unreachable or the pool is exhausted. */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLState class 08: connection exception; 57P01–57P03: the server shuts down or is starting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the 503 unless the response is already committed (then the connection is simply closed). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"数据库暂时不可用，"
                    + "请 " + RETRY_AFTER_SECONDS + " 秒后重试 (the database is unavailable or busy: nothing was "
                    + "changed, try again in " + RETRY_AFTER_SECONDS + " seconds)\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + "<title>503</title></head><body><h1>服务暂时不可用</h1><p>数据库暂时不可用或繁忙，本次操作没有保存任何内容，"
                    + "请稍后重试。</p><p lang=\"en\">The database is unavailable or busy: nothing was changed. Please "
                    + "try again in a few seconds.</p></body></html>");
        }
        response.flushBuffer();
    }
}
