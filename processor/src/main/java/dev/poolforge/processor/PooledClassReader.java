package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Pooled} class into a {@link PooledClass}: facts only, no judgment. */
final class PooledClassReader {
    private final Types types;
    private final Elements elements;
    private final TypeClassifier classifier;

    PooledClassReader(Types types, Elements elements, TypeClassifier classifier) {
        this.types = types;
        this.elements = elements;
        this.classifier = classifier;
    }

    PooledClass read(TypeElement pooled) {
        List<String> unresolved = new ArrayList<>();
        List<TypeElement> hierarchy = hierarchyOf(pooled, unresolved);
        List<PooledField> fields = new ArrayList<>();
        for (int i = 0; i < hierarchy.size(); i++) {
            for (VariableElement field : ElementFilter.fieldsIn(hierarchy.get(i).getEnclosedElements())) {
                boolean hidden = declaresField(hierarchy.subList(i + 1, hierarchy.size()), field.getSimpleName());
                fields.add(fieldOf(pooled, hierarchy.get(i), field, hidden));
                // Static fields are no pooled state; one may hold the pool that is yet to be generated.
                if (!field.getModifiers().contains(Modifier.STATIC) && TypeClassifier.isUnresolved(field.asType())) {
                    unresolved.add(field.asType() + " (the type of field '" + field.getSimpleName() + "')");
                }
            }
        }
        return new PooledClass(
                pooled,
                PoolNames.poolOf(pooled),
                pooled.getTypeParameters().stream()
                        .map(parameter -> TypeVariableName.get((TypeVariable) parameter.asType()))
                        .toList(),
                isVisibleEverywhere(pooled),
                hasNoArgConstructor(pooled),
                fields,
                resetMethodsOf(hierarchy),
                unresolved);
    }

    /** The class and its superclasses below {@code Object}, topmost first. */
    private static List<TypeElement> hierarchyOf(TypeElement pooled, List<String> unresolved) {
        List<TypeElement> hierarchy = new ArrayList<>();
        Set<TypeElement> seen = new HashSet<>(); // a cyclic hierarchy is a compile error, but must not loop here
        TypeElement type = pooled;
        while (type != null && seen.add(type)) {
            hierarchy.add(0, type);
            TypeMirror superclass = type.getSuperclass();
            if (superclass.getKind() == TypeKind.ERROR) {
                unresolved.add(superclass + " (the superclass of " + type.getSimpleName() + ")");
            }
            type = TypeClassifier.superclassOf(type);
        }
        return hierarchy;
    }

    private PooledField fieldOf(TypeElement pooled, TypeElement declaringClass, VariableElement field, boolean hidden) {
        TypeMirror type = typeAsMemberOf(pooled, field);
        FieldType fieldType = classifier.classify(type);
        ClassName nestedPool = fieldType == FieldType.POOLED
                ? PoolNames.poolOf((TypeElement) types.asElement(type))
                : null;
        return new PooledField(
                field,
                declaringClass,
                supertypeOf(pooled, declaringClass),
                type,
                fieldType,
                Annotations.find(field, Annotations.RESET),
                Annotations.find(field, Annotations.KEEP),
                hidden,
                isReachable(pooled, field, declaringClass),
                nestedPool);
    }

    /** {@code declaringClass} as the pooled class extends it: {@code Base<String>} for {@code Item extends Base<String>}. */
    private TypeMirror supertypeOf(TypeElement pooled, TypeElement declaringClass) {
        TypeMirror type = pooled.asType();
        while (!types.asElement(type).equals(declaringClass)) {
            type = types.directSupertypes(type).get(0); // the superclass comes first, then interfaces
        }
        return type;
    }

    /** The field's type with the pooled class's type arguments for its superclasses applied. */
    private TypeMirror typeAsMemberOf(TypeElement pooled, VariableElement field) {
        try {
            return types.asMemberOf((DeclaredType) pooled.asType(), field);
        } catch (IllegalArgumentException notAMember) {
            return field.asType();
        }
    }

    /** The {@code @Reset} methods, superclass first; a method overridden below is called once. */
    private List<ResetMethod> resetMethodsOf(List<TypeElement> hierarchy) {
        List<ResetMethod> methods = new ArrayList<>();
        for (TypeElement type : hierarchy) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                boolean overridesListed = methods.stream()
                        .anyMatch(listed -> elements.overrides(method, listed.element(), type));
                if (!overridesListed) {
                    Annotations.find(method, Annotations.RESET)
                            .ifPresent(reset -> methods.add(new ResetMethod(method, type, reset)));
                }
            }
        }
        return methods;
    }

    /**
     * Whether the generated pool, in the pooled class's package, can name a member: not private, and
     * public when inherited from another package (protected members are visible to subclasses, and
     * the pool is not one).
     */
    boolean isReachable(TypeElement pooled, Element member, TypeElement declaringClass) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        boolean samePackage = elements.getPackageOf(declaringClass).equals(elements.getPackageOf(pooled));
        return samePackage || member.getModifiers().contains(Modifier.PUBLIC);
    }

    private static boolean declaresField(List<TypeElement> types, CharSequence name) {
        return types.stream()
                .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
                .anyMatch(field -> field.getSimpleName().contentEquals(name));
    }

    private static boolean isVisibleEverywhere(TypeElement pooled) {
        for (Element e = pooled; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNoArgConstructor(TypeElement pooled) {
        return ElementFilter.constructorsIn(pooled.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getParameters().isEmpty()
                        && !constructor.getModifiers().contains(Modifier.PRIVATE)
                        && constructor.getThrownTypes().stream().noneMatch(classifier::isChecked));
    }
}
