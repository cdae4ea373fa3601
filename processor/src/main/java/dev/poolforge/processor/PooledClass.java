package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What a {@code @Pooled} class is, as far as its pool goes: read by {@link PooledClassReader},
 * judged by {@link PooledClassValidator}, written out by {@link PoolWriter}.
 *
 * @param element the class
 * @param poolName the pool to generate
 * @param typeVariables the class's type parameters, which the pool takes too
 * @param isPublic whether the class can be seen from everywhere, so its pool is public too
 * @param hasNoArgConstructor whether the pool can create objects with {@code new X()}
 * @param fields every field, own and inherited, superclass fields first
 * @param resetMethods the {@code @Reset} methods, superclass methods first, each once
 * @param unresolvedTypes the types the class refers to that did not resolve (yet)
 */
record PooledClass(
        TypeElement element,
        ClassName poolName,
        List<TypeVariableName> typeVariables,
        boolean isPublic,
        boolean hasNoArgConstructor,
        List<PooledField> fields,
        List<ResetMethod> resetMethods,
        List<String> unresolvedTypes) {

    String simpleName() {
        return element.getSimpleName().toString();
    }

    /** The class as a type, with its own type variables as arguments: {@code Box<T>}. */
    TypeName pooledType() {
        ClassName raw = ClassName.get(element);
        return typeVariables.isEmpty()
                ? raw
                : ParameterizedTypeName.get(raw, typeVariables.toArray(TypeName[]::new));
    }

    List<PooledField> instanceFields() {
        return fields.stream().filter(field -> !field.isStatic()).toList();
    }

    /** The instance fields the generated code resets, in declaration order, superclass first. */
    List<PooledField> resetFields() {
        return instanceFields().stream().filter(field -> field.reset().isPresent()).toList();
    }
}
