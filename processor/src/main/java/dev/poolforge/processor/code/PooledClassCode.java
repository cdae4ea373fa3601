package dev.poolforge.processor.code;

import dev.poolforge.processor.Annotations;
import dev.poolforge.processor.TypeClassifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The analysed code of one {@code @Pooled} class and of its superclasses in this compilation, and
 * what of it runs on an instance of the pooled class: calls on the object resolve to the
 * implementation the pooled class has, as the JVM would run them, so overriding {@code @Reset}
 * methods and overridden helpers are followed. Superclasses from class files take part only
 * through their elements: their fields are not checked and their code is not read, but any
 * override in source of their methods counts as called by them.
 */
final class PooledClassCode {
    private final TypeElement type;
    private final AnalyzedCode analyzed;
    private final Elements elements;
    private final Types types;
    /** The pooled class and its superclasses, nearest first, without {@code Object}. */
    private final List<TypeElement> classes = new ArrayList<>();

    PooledClassCode(TypeElement type, AnalyzedCode analyzed, Elements elements, Types types) {
        this.type = type;
        this.analyzed = analyzed;
        this.elements = elements;
        this.types = types;
        for (TypeElement c = type; c != null; c = TypeClassifier.superclassOf(c)) {
            classes.add(c);
        }
    }

    TypeElement type() {
        return type;
    }

    /** The pooled class and its superclasses, nearest first, without {@code Object}. */
    List<TypeElement> classes() {
        return classes;
    }

    /** The pooled class and its superclasses that javac has analysed in this compilation. */
    List<TypeElement> sourceClasses() {
        return classes.stream().filter(analyzed::has).toList();
    }

    AnalyzedCode analyzed() {
        return analyzed;
    }

    /** The instance fields declared in {@link #sourceClasses()}. */
    List<VariableElement> instanceFields() {
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement c : sourceClasses()) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** Whether {@code element} is an instance field of the pooled class or of a superclass in source. */
    boolean isOwnField(Element element) {
        return element.getKind() == ElementKind.FIELD && !element.getModifiers().contains(Modifier.STATIC)
                && element.getEnclosingElement() instanceof TypeElement owner && sourceClasses().contains(owner);
    }

    /** What the pool calls at release: the implementation, on this class, of every {@code @Reset} method it has. */
    Set<ExecutableElement> resetMethods() {
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        for (TypeElement c : classes) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (Annotations.has(method, Annotations.RESET)) {
                    methods.add(implementationOf(method));
                }
            }
        }
        return methods;
    }

    /**
     * What runs when the pool makes an object: field initializers and instance initializer blocks
     * of every class in source, the no-argument constructor, and what they call.
     */
    List<CodePiece> construction() {
        List<CodePiece> roots = new ArrayList<>();
        sourceClasses().forEach(c -> roots.addAll(analyzed.initializersOf(c)));
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(constructor -> constructor.getParameters().isEmpty())
                .toList();
        return reachableFrom(constructors, roots, false);
    }

    /**
     * The code that runs from {@code methods} and {@code roots}: theirs, and that of the methods and
     * constructors of this class and its supertypes they call on this object (or static),
     * transitively.
     *
     * @param unseenCodeCallsBack whether a method from a class file counts as calling every override
     *     in source of its class's methods, as it may: yes where more code means fewer findings
     *     (what a {@code @Reset} method resets), no where it would mean more
     */
    List<CodePiece> reachableFrom(Collection<ExecutableElement> methods, Collection<CodePiece> roots,
            boolean unseenCodeCallsBack) {
        Set<Element> entered = new HashSet<>();
        Deque<ExecutableElement> calls = new ArrayDeque<>(methods);
        List<CodePiece> reached = new ArrayList<>();
        Deque<CodePiece> work = new ArrayDeque<>(roots);
        while (!calls.isEmpty() || !work.isEmpty()) {
            while (!calls.isEmpty()) {
                ExecutableElement method = calls.pop();
                if (!entered.add(method)) {
                    continue;
                }
                CodePiece code = analyzed.code(method);
                if (code != null) {
                    work.add(code);
                } else if (unseenCodeCallsBack && !method.getModifiers().contains(Modifier.STATIC)) {
                    calls.addAll(overridesInSourceOfMethodsOf((TypeElement) method.getEnclosingElement()));
                }
            }
            if (!work.isEmpty()) {
                CodePiece piece = work.pop();
                reached.add(piece);
                calls.addAll(targetsOf(piece.calls()));
                if (piece.element().getKind() == ElementKind.CONSTRUCTOR && piece.calls().stream()
                        .noneMatch(call -> call.receiver() == CodePiece.Receiver.CONSTRUCTOR)) {
                    // javac puts the implicit super() in the tree; this covers a compiler that does not
                    calls.addAll(noArgConstructorsOf(TypeClassifier.superclassOf(
                            (TypeElement) piece.element().getEnclosingElement())));
                }
            }
        }
        return reached;
    }

    /** The methods and constructors {@code calls} run on an instance of the pooled class. */
    List<ExecutableElement> targetsOf(List<CodePiece.Call> calls) {
        List<ExecutableElement> targets = new ArrayList<>();
        for (CodePiece.Call call : calls) {
            ExecutableElement method = call.method();
            if (method.getEnclosingElement() instanceof TypeElement owner
                    && types.isSubtype(types.erasure(type.asType()), types.erasure(owner.asType()))) {
                targets.add(call.receiver() == CodePiece.Receiver.THIS ? implementationOf(method) : method);
            }
        }
        return targets;
    }

    private static List<ExecutableElement> noArgConstructorsOf(TypeElement c) {
        return c == null ? List.of() : ElementFilter.constructorsIn(c.getEnclosedElements()).stream()
                .filter(constructor -> constructor.getParameters().isEmpty())
                .toList();
    }

    /** The method that runs when {@code method} is called virtually on an instance of the pooled class. */
    ExecutableElement implementationOf(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
            return method;
        }
        for (TypeElement c : classes) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (candidate.equals(method) || (candidate.getSimpleName().equals(method.getSimpleName())
                        && elements.overrides(candidate, method, type))) {
                    return candidate;
                }
            }
        }
        return method;
    }

    /** The methods in source that override a method of {@code owner} or of its superclasses. */
    private List<ExecutableElement> overridesInSourceOfMethodsOf(TypeElement owner) {
        List<ExecutableElement> overriding = new ArrayList<>();
        for (TypeElement c : sourceClasses()) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (!candidate.getModifiers().contains(Modifier.STATIC)
                        && !candidate.getModifiers().contains(Modifier.PRIVATE)
                        && overridesAnyOf(candidate, owner)) {
                    overriding.add(candidate);
                }
            }
        }
        return overriding;
    }

    private boolean overridesAnyOf(ExecutableElement candidate, TypeElement owner) {
        for (TypeElement c = owner; c != null; c = TypeClassifier.superclassOf(c)) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (method.getSimpleName().equals(candidate.getSimpleName())
                        && elements.overrides(candidate, method, type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
