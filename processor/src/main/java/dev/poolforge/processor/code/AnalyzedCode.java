package dev.poolforge.processor.code;

import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@link CodePiece}s of the classes of this compilation that javac has analysed so far, and
 * where their members are declared, kept for the whole compilation: a pooled class may be analysed
 * long after its superclass.
 */
final class AnalyzedCode {
    private final Map<Element, CodePiece> byElement = new HashMap<>();
    private final Map<TypeElement, List<CodePiece>> initializers = new HashMap<>();
    private final Map<Element, TreePath> declarations = new HashMap<>();
    /** Classes javac has analysed whose code was not read: no pooled class known then needed it. */
    private final Set<TypeElement> passedOver = new HashSet<>();

    void declare(Element element, TreePath path) {
        declarations.put(element, path);
    }

    void add(CodePiece piece) {
        byElement.put(piece.element(), piece);
    }

    void addInitializer(TypeElement type, CodePiece piece) {
        initializers.computeIfAbsent(type, t -> new ArrayList<>()).add(piece);
    }

    void passOver(TypeElement type) {
        passedOver.add(type);
    }

    /** Whether javac has analysed {@code type} in this compilation and its code was read. */
    boolean has(TypeElement type) {
        return declarations.containsKey(type);
    }

    /**
     * Whether javac has analysed {@code type} without its code being read. For a pooled class
     * found only once javac analysed it (one compiled implicitly, from the source path, which no
     * processing round saw), such a superclass counts as one from a class file: its code is gone.
     */
    boolean passedOver(TypeElement type) {
        return passedOver.contains(type);
    }

    /** Where {@code element} (a class or member of an analysed class) is declared; null for one from a class file. */
    TreePath declaration(Element element) {
        return declarations.get(element);
    }

    /** The code of a method or constructor; null when it is not in source, or abstract. */
    CodePiece code(Element method) {
        return byElement.get(method);
    }

    /** The instance field initializers and initializer blocks of {@code type}, in order. */
    List<CodePiece> initializersOf(TypeElement type) {
        return initializers.getOrDefault(type, List.of());
    }
}
