package io.github.xxgk.spring;

import io.github.xxgk.core.XxgkException;
import io.github.xxgk.core.constraints.ValidAnnualReport;
import io.github.xxgk.core.json.ReportJsonException;
import io.github.xxgk.validation.Finding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request whose report failed {@code @Valid}, or could not be read, with an RFC 9457 problem
 * document ({@code application/problem+json}, HTTP 400) in the language of the request's
 * {@code Accept-Language} (Chinese or English; {@code xxgk.web.default-language} otherwise):
 *
 * <pre>{@code
 * {"type": "https://github.com/xxgk/xxgk#problem-documents", "title": "…", "status": 400, "detail": "…",
 *  "instance": "/reports",
 *  "findings": [{"rule": "T3-ROWTOTAL", "severity": "ERROR", "field": "tables[t3].r1.total",
 *                "cell": "t3.r1.total", "message": "…"}]}
 * }</pre>
 *
 * An unreadable report gives {@code "pointer"} (inside the report), {@code "line"} and {@code "column"}
 * (in the request body) instead of {@code "findings"}. Other violations of the same body are listed
 * too, with {@code "field"} and {@code "message"} only. Requests that concern no report are left to
 * the application's other handlers and Spring's own: the advice has the lowest precedence, so an
 * application's own handler of these exceptions comes first.
 *
 * <p>Immutable and thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ReportProblems {

    /** The type of both problem documents: the README section that describes them. */
    public static final URI TYPE = URI.create("https://github.com/xxgk/xxgk#problem-documents");

    private final Locale fallback;

    /**
     * Creates the handler.
     *
     * @param fallback the language when the request names neither Chinese nor English
     */
    public ReportProblems(Locale fallback) {
        this.fallback = fallback;
    }

    /**
     * A body that failed {@code @Valid} with a report's findings among its violations.
     *
     * @param e the exception
     * @param request the request
     * @return the problem document
     * @throws MethodArgumentNotValidException when no violation is a report's, for the other handlers
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
            throws MethodArgumentNotValidException {
        Locale locale = Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), fallback);
        boolean zh = locale.getLanguage().equals("zh");
        List<Map<String, Object>> findings = new ArrayList<>();
        boolean anyReport = false;
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Finding f = finding(error);
            String field = error instanceof FieldError fe ? fe.getField() : "";
            if (f != null) {
                anyReport = true;
                entry.put("rule", f.ruleId());
                entry.put("severity", f.severity().name());
                entry.put("field", field);
                f.location().cell().ifPresent(c -> entry.put("cell", c.toString()));
                entry.put("message", f.message(locale));
            } else {
                entry.put("field", field);
                entry.put("message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage());
            }
            findings.add(entry);
        }
        if (!anyReport) {
            throw e;
        }
        Map<String, Object> body = problem(request, zh ? "报告未通过校验" : "The report failed validation",
                zh ? "报告有 " + findings.size() + " 处错误，见 findings。" : "The report has " + findings.size()
                        + " error(s), listed in findings.");
        body.put("findings", findings);
        return answer(body, locale);
    }

    /**
     * A body whose report could not be read: its place and the problem.
     *
     * @param e the exception
     * @param request the request
     * @return the problem document
     * @throws HttpMessageNotReadableException when the problem is not a report's, for the other handlers
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        XxgkException problem = null;
        for (Throwable t = e; t != null && problem == null; t = t.getCause()) {
            if (t instanceof XxgkException x) {
                problem = x;
            }
        }
        if (problem == null) {
            throw e;
        }
        Locale locale = Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), fallback);
        boolean zh = locale.getLanguage().equals("zh");
        Map<String, Object> body = problem(request, zh ? "无法读取报告" : "The report cannot be read", problem.message(locale));
        if (problem instanceof ReportJsonException r) {
            body.put("pointer", r.pointer());
            if (r.line() > 0) {
                body.put("line", r.line());
                body.put("column", r.column());
            }
        } else {
            body.put("where", problem.where());
        }
        return answer(body, locale);
    }

    private static Map<String, Object> problem(HttpServletRequest request, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE.toString());
        body.put("title", title);
        body.put("status", HttpStatus.BAD_REQUEST.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        return body;
    }

    private static ResponseEntity<Map<String, Object>> answer(Map<String, Object> body, Locale locale) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).body(body);
    }

    /** The finding behind a violation of {@code @ValidAnnualReport}, or null. */
    private static Finding finding(ObjectError error) {
        if (!error.contains(ConstraintViolation.class)) {
            return null;
        }
        ConstraintViolation<?> v = error.unwrap(ConstraintViolation.class);
        if (!(v.getConstraintDescriptor().getAnnotation() instanceof ValidAnnualReport)) {
            return null;
        }
        if (!HIBERNATE) {
            return null;
        }
        return Payload.of(v);
    }

    private static final boolean HIBERNATE = present("org.hibernate.validator.engine.HibernateConstraintViolation");

    private static boolean present(String name) {
        try {
            Class.forName(name, false, ReportProblems.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Hibernate Validator's dynamic payload; loaded only with it. */
    private static final class Payload {
        static Finding of(ConstraintViolation<?> v) {
            try {
                HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
                return h.getDynamicPayload(Finding.class);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
