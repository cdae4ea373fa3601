package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Names of generated pools: {@code p.XPool} for {@code p.X}, {@code p.Outer_XPool} for a nested
 * {@code p.Outer.X}, or the simple name given by {@code @Pooled(name = ...)}, always in the package
 * of the pooled class so that its package-private members are reachable.
 */
final class PoolNames {
    private PoolNames() {
    }

    static ClassName poolOf(TypeElement pooled) {
        return ClassName.get(packageOf(pooled).getQualifiedName().toString(), simpleNameOf(pooled));
    }

    /** The name written in {@code @Pooled(name = ...)}, or empty. */
    static String explicitName(TypeElement pooled) {
        return Annotations.find(pooled, Annotations.POOLED)
                .map(mirror -> Annotations.value(mirror, "name", String.class, ""))
                .orElse("");
    }

    static boolean isValidSimpleName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }

    /** The default simple name of the pool: enclosing class names joined by {@code _}, then {@code Pool}. */
    static String defaultSimpleName(TypeElement pooled) {
        Deque<String> names = new ArrayDeque<>();
        for (Element e = pooled; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            names.addFirst(e.getSimpleName().toString());
        }
        return String.join("_", names) + "Pool";
    }

    private static String simpleNameOf(TypeElement pooled) {
        String explicit = explicitName(pooled);
        return isValidSimpleName(explicit) ? explicit : defaultSimpleName(pooled);
    }

    private static PackageElement packageOf(Element element) {
        Element e = element;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return (PackageElement) e;
    }
}
