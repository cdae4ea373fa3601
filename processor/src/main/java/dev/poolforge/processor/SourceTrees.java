package dev.poolforge.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * What only the source of a class tells: field initializers and which fields a {@code @Reset}
 * method touches. Uses javac's syntax trees when the compiler offers them; elsewhere (another
 * compiler, or classes read from jars) it answers conservatively: initializers are
 * {@link Initializer#UNKNOWN} and methods mention no fields, so such fields must be {@code @Reset}
 * or {@code @Keep}.
 */
final class SourceTrees {
    private final Trees trees;

    private SourceTrees(Trees trees) {
        this.trees = trees;
    }

    static SourceTrees of(ProcessingEnvironment env) {
        try {
            return new SourceTrees(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return new SourceTrees(null);
        }
    }

    /** Whether {@code element} was declared in a source file of this compilation. */
    boolean inSource(Element element) {
        return pathOf(element) != null;
    }

    Initializer initializerOf(VariableElement field) {
        Object constant = field.getConstantValue();
        if (constant != null) {
            return Initializer.constant(constant);
        }
        TreePath path = pathOf(field);
        if (path == null || !(path.getLeaf() instanceof VariableTree declaration)) {
            return Initializer.UNKNOWN;
        }
        ExpressionTree expression = declaration.getInitializer();
        if (expression == null) {
            return Initializer.NONE;
        }
        TreePath initializer = new TreePath(path, expression);
        return expression instanceof NewClassTree || expression instanceof NewArrayTree
                ? creation(initializer)
                : constantValue(initializer);
    }

    /**
     * Whether a {@code new} expression makes an empty container, possibly with a capacity or a
     * class literal naming its key type ({@code new EnumMap<>(Unit.class)}): neither puts content
     * in it.
     */
    private Initializer creation(TreePath path) {
        if (path.getLeaf() instanceof NewArrayTree array) {
            return array.getInitializers() == null ? Initializer.NEW_EMPTY : Initializer.EXPRESSION;
        }
        NewClassTree creation = (NewClassTree) path.getLeaf();
        if (creation.getClassBody() != null) {
            return Initializer.EXPRESSION;
        }
        if (creation.getArguments().isEmpty()) {
            return Initializer.NEW_EMPTY;
        }
        // Processors run before attribution, so a literal's type is read from its tree kind.
        boolean contentFreeArguments = creation.getArguments().stream().allMatch(argument -> {
            if (argument.getKind() == Tree.Kind.INT_LITERAL || argument.getKind() == Tree.Kind.LONG_LITERAL) {
                return true;
            }
            if (argument instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")) {
                return true;
            }
            TypeMirror type = trees.getTypeMirror(new TreePath(path, argument));
            return type != null && type.getKind().isPrimitive();
        });
        return contentFreeArguments ? Initializer.NEW_SIZED : Initializer.EXPRESSION;
    }

    /** The fields that the body of {@code method} names, by simple name or as {@code x.field}. */
    Set<Element> fieldsMentionedIn(ExecutableElement method) {
        Set<Element> fields = new HashSet<>();
        TreePath path = pathOf(method);
        if (path == null) {
            return fields;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                addIfField();
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                addIfField();
                return super.visitMemberSelect(node, unused);
            }

            private void addIfField() {
                Element element = trees.getElement(getCurrentPath());
                if (element != null && element.getKind() == ElementKind.FIELD) {
                    fields.add(element);
                }
            }
        }.scan(path, null);
        return fields;
    }

    /** The fields that the constructors of {@code type} assign, with {@code =} or a compound assignment. */
    Set<Element> fieldsAssignedInConstructorsOf(TypeElement type) {
        Set<Element> fields = new HashSet<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            TreePath path = pathOf(constructor);
            if (path == null) {
                continue;
            }
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitAssignment(AssignmentTree node, Void unused) {
                    addIfField(node.getVariable());
                    return super.visitAssignment(node, unused);
                }

                @Override
                public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
                    addIfField(node.getVariable());
                    return super.visitCompoundAssignment(node, unused);
                }

                private void addIfField(ExpressionTree variable) {
                    Element element = trees.getElement(new TreePath(getCurrentPath(), variable));
                    if (element != null && element.getKind() == ElementKind.FIELD) {
                        fields.add(element);
                    }
                }
            }.scan(path, null);
        }
        return fields;
    }

    /**
     * The {@code @Pooled} annotations on local classes inside {@code root}. The compiler offers
     * processors no elements for local classes, so they are found in the syntax trees, where their
     * annotations are not resolved yet: a name counts when it is {@code dev.poolforge.Pooled}, or
     * {@code Pooled} in a file that imports it.
     */
    List<Location> pooledLocalClassesIn(TypeElement root) {
        List<Location> found = new ArrayList<>();
        TreePath path = pathOf(root);
        if (path == null) {
            return found;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        boolean importsPooled = unit.getImports().stream().map(ImportTree::getQualifiedIdentifier)
                .map(Object::toString)
                .anyMatch(name -> name.equals(Annotations.POOLED) || name.equals("dev.poolforge.*"));
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Tree.Kind parent = getCurrentPath().getParentPath().getLeaf().getKind();
                if (parent == Tree.Kind.BLOCK || parent == Tree.Kind.CASE) {
                    for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                        String name = annotation.getAnnotationType().toString();
                        if (name.equals(Annotations.POOLED) || (importsPooled && name.equals("Pooled"))) {
                            found.add(new Location(node.getSimpleName().toString(), annotation, unit));
                        }
                    }
                }
                return super.visitClass(node, unused);
            }
        }.scan(path, null);
        return found;
    }

    /** A place in a source file that has no element, such as the annotation on a local class. */
    final class Location {
        private final String className;
        private final Tree tree;
        private final CompilationUnitTree unit;

        private Location(String className, Tree tree, CompilationUnitTree unit) {
            this.className = className;
            this.tree = tree;
            this.unit = unit;
        }

        String className() {
            return className;
        }

        void print(Diagnostic.Kind kind, String message) {
            trees.printMessage(kind, message, tree, unit);
        }
    }

    /**
     * Literals (possibly negated or parenthesized) and names of constant variables: the constant
     * expressions users write as field initializers. Anything richer counts as an expression,
     * which at worst asks the user for a {@code @Reset} method, never resets to a wrong value.
     */
    private Initializer constantValue(TreePath path) {
        Tree tree = path.getLeaf();
        if (tree instanceof LiteralTree literal) {
            return Initializer.constant(literal.getValue());
        }
        if (tree instanceof ParenthesizedTree parenthesized) {
            return constantValue(new TreePath(path, parenthesized.getExpression()));
        }
        if (tree instanceof UnaryTree unary && tree.getKind() == Tree.Kind.UNARY_MINUS) {
            Initializer operand = constantValue(new TreePath(path, unary.getExpression()));
            return operand.form() == Initializer.Form.CONSTANT && operand.constant() instanceof Number number
                    ? Initializer.constant(Literals.negate(number))
                    : Initializer.EXPRESSION;
        }
        if (tree instanceof IdentifierTree || tree instanceof MemberSelectTree) {
            Element element = trees.getElement(path);
            if (element instanceof VariableElement variable && variable.getConstantValue() != null) {
                return Initializer.constant(variable.getConstantValue());
            }
        }
        return Initializer.EXPRESSION;
    }

    private TreePath pathOf(Element element) {
        if (trees == null) {
            return null;
        }
        try {
            return trees.getPath(element);
        } catch (RuntimeException noSource) {
            return null;
        }
    }
}
