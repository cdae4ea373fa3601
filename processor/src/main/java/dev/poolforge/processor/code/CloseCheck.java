package dev.poolforge.processor.code;

import com.sun.source.util.TreePath;
import dev.poolforge.processor.TypeClassifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A pooled class must not need closing: a pool drops idle objects at GC cycles without calling
 * {@code close()}. A {@code close()} that does nothing is fine: an empty body in source, one that
 * only calls such a {@code super.close()}, or one of the JDK's that do nothing.
 */
final class CloseCheck {
    /**
     * The JDK classes whose {@code close()} has an empty body (as in the JDK 17 and 25 sources).
     * {@code Reader} and {@code Writer} declare it abstract; {@code StringReader} and
     * {@code CharArrayReader} drop their content.
     */
    private static final Set<String> NO_OP_CLOSE = Set.of("java.io.InputStream", "java.io.OutputStream",
            "java.io.ByteArrayInputStream", "java.io.ByteArrayOutputStream", "java.io.StringWriter",
            "java.io.CharArrayWriter");

    private final TypeClassifier classifier;
    private final FindingPrinter printer;

    CloseCheck(TypeClassifier classifier, FindingPrinter printer) {
        this.classifier = classifier;
        this.printer = printer;
    }

    void check(PooledClassCode code) {
        TypeElement type = code.type();
        if (!classifier.isA(type.asType(), "java.lang.AutoCloseable")) {
            return;
        }
        ExecutableElement close = closeOf(code);
        if (close != null && doesNothing(code.analyzed(), close)) {
            return;
        }
        TreePath closeDeclaration = close == null ? null : code.analyzed().declaration(close);
        printer.report(CodeFinding.AUTO_CLOSEABLE,
                closeDeclaration != null ? closeDeclaration : code.analyzed().declaration(type),
                new Element[] {close, type}, type.getSimpleName());
    }

    /** The {@code close()} that runs on an instance of the pooled class: a class's, else an interface's default. */
    private static ExecutableElement closeOf(PooledClassCode code) {
        for (TypeElement c : code.classes()) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (isClose(method)) {
                    return method;
                }
            }
        }
        Deque<TypeMirror> interfaces = new ArrayDeque<>();
        code.classes().forEach(c -> interfaces.addAll(c.getInterfaces()));
        while (!interfaces.isEmpty()) {
            TypeElement face = (TypeElement) ((DeclaredType) interfaces.pop()).asElement();
            for (ExecutableElement method : ElementFilter.methodsIn(face.getEnclosedElements())) {
                if (isClose(method) && method.getModifiers().contains(Modifier.DEFAULT)) {
                    return method;
                }
            }
            interfaces.addAll(face.getInterfaces());
        }
        return null;
    }

    private static boolean isClose(ExecutableElement method) {
        return method.getSimpleName().contentEquals("close") && method.getParameters().isEmpty()
                && !method.getModifiers().contains(Modifier.STATIC);
    }

    /** Whether {@code close} has no statements, or only calls a {@code super.close()} that does nothing. */
    private static boolean doesNothing(AnalyzedCode analyzed, ExecutableElement close) {
        CodePiece code = analyzed.code(close);
        if (code == null) {
            return analyzed.declaration(close) == null
                    && NO_OP_CLOSE.contains(((TypeElement) close.getEnclosingElement()).getQualifiedName().toString());
        }
        List<ExecutableElement> superCalls = code.onlyCallsOnSuper();
        return superCalls != null && superCalls.stream()
                .allMatch(called -> isClose(called) && !called.equals(close) && doesNothing(analyzed, called));
    }
}
