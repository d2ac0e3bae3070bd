package io.github.xxgk.validation.beanvalidation;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.constraints.ValidAnnualReport;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.ReportValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validator of {@link ValidAnnualReport}: runs a {@link ReportValidator} ({@link
 * ReportValidator#standard()} unless one is given) and reports each ERROR finding as a constraint
 * violation whose property path leads to the cell ({@code tables[t3].r3_7.natural_person}), the section
 * ({@code sections[1].subsections[0]}; a missing section at {@code sections}) or the report property
 * ({@code publicationDate}). Registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 *
 * <p>With Hibernate Validator (8 or 9), the provider of Spring and of most hosts, each violation's
 * template is the key {@value #MESSAGE_KEY}, resolved by the host's {@code MessageInterpolator} in its
 * locale from the {@code ContributorValidationMessages} bundles of this jar ({@code _zh}: “规则：消息”,
 * {@code _en} and the default: “RULE: message”), with the message parameters {@code rule},
 * {@code message_zh}, {@code message_en} and {@code place} (the cell id, section path or property);
 * the parameters are escaped, so nothing the report says is ever interpolated (no EL, no parameters).
 * The violation's dynamic payload is the {@link Finding} ({@code
 * violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Finding.class)}). With another
 * provider the message is the finding's, {@code RULE-ID: 中文 / English}, escaped.
 *
 * <p>Bean Validation makes the invalid value of a class-level constraint the validated object, the
 * report; the cell (its id and value) is in the property path, the message parameters and the payload.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnualReportConstraintValidator implements ConstraintValidator<ValidAnnualReport, AnnualReport> {

    /** The message key of every violation, resolved by the {@code ContributorValidationMessages} bundles. */
    public static final String MESSAGE_KEY = "io.github.xxgk.validation.finding";

    private static final boolean HIBERNATE = present("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

    private final ReportValidator validator;

    /** Creates the validator with {@link ReportValidator#standard()} (the Bean Validation provider does). */
    public AnnualReportConstraintValidator() {
        this(ReportValidator.standard());
    }

    /**
     * Creates the validator with a configured rule engine (a host's {@code ConstraintValidatorFactory}
     * does, such as the Spring Boot starter's).
     *
     * @param validator the rule engine
     */
    public AnnualReportConstraintValidator(ReportValidator validator) {
        this.validator = java.util.Objects.requireNonNull(validator, "validator");
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, AnnualReportConstraintValidator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        List<Finding> errors = validator.validate(report).errors();
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean hibernate = HIBERNATE && Hibernate.supports(context);
        for (Finding f : errors) {
            Object builder;
            if (hibernate) {
                builder = Hibernate.violation(context, f, "{" + MESSAGE_KEY + "}");
            } else {
                String message = f.ruleId() + ": " + f.message(Locale.CHINESE) + " / " + f.message(Locale.ENGLISH);
                builder = context.buildConstraintViolationWithTemplate(escape(message));
            }
            for (Node n : path(f.location())) {
                builder = n.apply(builder);
            }
            addViolation(builder);
        }
        return false;
    }

    /** One node of a property path: a property (name) or a bean node (null name), maybe in an iterable. */
    private record Node(String name, Object key, Integer index) {
        Object apply(Object b) {
            Object node = name != null ? addProperty(b, name) : addBean(b);
            if (key == null && index == null) {
                return node;
            }
            if (node instanceof NodeBuilderCustomizableContext c) {
                NodeContextBuilder it = c.inIterable();
                return key != null ? it.atKey(key) : it.atIndex(index);
            }
            LeafNodeContextBuilder it = ((LeafNodeBuilderCustomizableContext) node).inIterable();
            return key != null ? it.atKey(key) : it.atIndex(index);
        }
    }

    private static List<Node> path(Location at) {
        List<Node> nodes = new ArrayList<>();
        switch (at.kind()) {
            case CELL -> {
                CellId cell = CellId.parse(at.id());
                nodes.add(new Node("tables", null, null));
                nodes.add(new Node(cell.row(), cell.table(), null));
                nodes.add(new Node(cell.column(), null, null));
            }
            case TABLE -> {
                nodes.add(new Node("tables", null, null));
                nodes.add(new Node(null, at.id(), null));
            }
            case SECTION -> {
                if (at.id().equals("preamble")) {
                    nodes.add(new Node("preamble", null, null));
                    break;
                }
                String[] parts = at.id().split("/");
                if (parts.length < 2) {
                    nodes.add(new Node("sections", null, null));
                    break;
                }
                // sections/1/subsections/0 → sections[1].subsections[0]: each index belongs to the next node
                nodes.add(new Node(parts[0], null, null));
                for (int i = 1; i < parts.length; i += 2) {
                    Integer index = Integer.valueOf(parts[i]);
                    nodes.add(i + 1 < parts.length ? new Node(parts[i + 1], null, index) : new Node(null, null, index));
                }
            }
            case REPORT -> {
                if (!at.id().isEmpty()) {
                    nodes.add(new Node(at.id(), null, null));
                }
            }
        }
        return nodes;
    }

    private static Object addProperty(Object b, String name) {
        if (b instanceof ConstraintViolationBuilder c) {
            return c.addPropertyNode(name);
        }
        if (b instanceof NodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        }
        if (b instanceof NodeBuilderDefinedContext c) {
            return c.addPropertyNode(name);
        }
        return ((NodeContextBuilder) b).addPropertyNode(name);
    }

    private static Object addBean(Object b) {
        if (b instanceof ConstraintViolationBuilder c) {
            return c.addBeanNode();
        }
        if (b instanceof NodeBuilderCustomizableContext c) {
            return c.addBeanNode();
        }
        if (b instanceof NodeBuilderDefinedContext c) {
            return c.addBeanNode();
        }
        return ((NodeContextBuilder) b).addBeanNode();
    }

    private static void addViolation(Object b) {
        if (b instanceof ConstraintViolationBuilder c) {
            c.addConstraintViolation();
        } else if (b instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else if (b instanceof NodeBuilderDefinedContext c) {
            c.addConstraintViolation();
        } else if (b instanceof NodeContextBuilder c) {
            c.addConstraintViolation();
        } else if (b instanceof LeafNodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else {
            ((LeafNodeBuilderDefinedContext) b).addConstraintViolation();
        }
    }

    /** Escapes the characters a Bean Validation message interpolator would interpret. */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 8);
        for (char c : message.toCharArray()) {
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
