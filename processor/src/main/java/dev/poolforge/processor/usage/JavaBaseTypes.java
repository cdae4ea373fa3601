package dev.poolforge.processor.usage;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The classes of {@code java.base} the checks compare with, each looked up the first time it is
 * needed and kept for the rest of the compile. A lookup completes the class (javac reads its class
 * file), so a compile whose code never needs one pays nothing, and one that does pays once, when
 * javac has most often completed the class already for its own checks.
 */
final class JavaBaseTypes {
    private final Elements elements;
    private final Types types;
    private final Map<String, TypeMirror> erasures = new HashMap<>();

    JavaBaseTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The erasure of the class with this qualified name, such as {@code java.util.Map}. */
    TypeMirror erasure(String qualifiedName) {
        return erasures.computeIfAbsent(qualifiedName, name -> types.erasure(lookUp(name).asType()));
    }

    /**
     * In {@code java.base} alone: a lookup by name alone searches every module of the compile.
     * Before modules ({@code --release 8}) there is no module to name, and the plain lookup is the
     * only one.
     */
    private TypeElement lookUp(String name) {
        ModuleElement javaBase = elements.getModuleElement("java.base");
        return javaBase != null ? elements.getTypeElement(javaBase, name) : elements.getTypeElement(name);
    }
}
