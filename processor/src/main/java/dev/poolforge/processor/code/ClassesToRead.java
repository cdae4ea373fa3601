package dev.poolforge.processor.code;

import dev.poolforge.processor.Annotations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The classes whose code the checks read: the {@code @Pooled} classes of the compilation and their
 * supertypes (a superclass's fields, constructors and {@code @Reset} methods, an interface's
 * default {@code close()}). Reading the code of a class costs a walk of all of it, with element
 * and type look-ups at every name; in a build where most classes are neither pooled nor a supertype
 * of one, that was most of what the checks cost. The pooled classes are known before javac
 * analyses any class, from the root elements of every annotation-processing round, so that a
 * superclass analysed before its pooled subclass is still read. Supertypes are looked up only once
 * javac analyses classes, when all of them are entered.
 */
final class ClassesToRead {
    /** Pooled classes whose supertypes have not been added yet. */
    private final Deque<TypeElement> pooledNotExpanded = new ArrayDeque<>();
    private final Set<TypeElement> toRead = new HashSet<>();

    /** Notes the {@code @Pooled} classes among {@code roots} and the classes nested in them as members. */
    void addPooledIn(Set<? extends Element> roots) {
        Deque<TypeElement> types = new ArrayDeque<>(ElementFilter.typesIn(roots));
        while (!types.isEmpty()) {
            TypeElement type = types.pop();
            if (Annotations.has(type, Annotations.POOLED)) {
                addPooled(type);
            }
            types.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
        }
    }

    /** Notes a pooled class found while javac analyses code, in case one of its supertypes comes later. */
    void addPooled(TypeElement type) {
        pooledNotExpanded.add(type);
    }

    /** Whether the checks read the code of {@code type}. */
    boolean contains(TypeElement type) {
        while (!pooledNotExpanded.isEmpty()) {
            addWithSupertypes(pooledNotExpanded.pop());
        }
        return toRead.contains(type);
    }

    private void addWithSupertypes(TypeElement type) {
        Deque<TypeElement> work = new ArrayDeque<>(List.of(type));
        while (!work.isEmpty()) {
            TypeElement next = work.pop();
            if (toRead.add(next)) {
                List<TypeMirror> supertypes = new ArrayList<>(next.getInterfaces());
                supertypes.add(next.getSuperclass());
                for (TypeMirror supertype : supertypes) {
                    if (supertype instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
                        work.add(element);
                    }
                }
            }
        }
    }
}
