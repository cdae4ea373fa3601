package dev.poolforge.processor.code;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.poolforge.processor.FieldType;
import dev.poolforge.processor.TypeClassifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@link CodePiece}s of a class javac has just analysed. Besides calls and field
 * mentions, it notes two kinds of expressions:
 * <ul>
 *   <li>values that differ from one evaluation to the next: clocks ({@code System.nanoTime()},
 *       {@code Instant.now()}, any method of a {@code Clock}), random sources ({@code UUID.randomUUID()},
 *       {@code Math.random()}, any method of a {@code Random} or {@code RandomGenerator}), the current
 *       thread, and reads of static state that changes (a non-final static field, any call on a
 *       static atomic such as {@code NEXT_ID.incrementAndGet()}). Constants, which javac has
 *       folded, and other factories ({@code Duration.ofSeconds(30)}, {@code BigDecimal.valueOf(5)})
 *       give the same value every time;</li>
 *   <li>content put into a JDK container: a method that adds ({@code add}, {@code put},
 *       {@code append}, {@code set}, {@code incrementAndGet}...) unless its arguments are only the
 *       value a new one holds ({@code setLength(0)}, {@code set(0)}), {@code Collections.addAll},
 *       {@code Arrays.fill} and {@code setAll}, {@code System.arraycopy}, an array element
 *       assigned; and creations with content ({@code new ArrayList<>(other)},
 *       {@code new StringBuilder("x")}, {@code new AtomicInteger(5)}, {@code {1, 2}},
 *       {@code List.of("a")}, {@code ByteBuffer.wrap(bytes)}), where a capacity, load factor,
 *       comparator or key class is no content.</li>
 * </ul>
 */
final class CodeSummarizer {
    private static final Map<String, Set<String>> VARYING_STATIC_METHODS = Map.of(
            "java.lang.System", Set.of("nanoTime", "currentTimeMillis"),
            "java.util.UUID", Set.of("randomUUID"),
            "java.lang.Math", Set.of("random"),
            "java.lang.StrictMath", Set.of("random"),
            "java.lang.Thread", Set.of("currentThread"));
    /** Types whose every instance method reads a clock or a random source. */
    private static final List<String> VARYING_TYPES = List.of("java.time.Clock", "java.time.InstantSource",
            "java.util.Random", "java.util.SplittableRandom", "java.util.random.RandomGenerator");
    /** Method-name prefixes of the JDK containers' methods that put content in them. */
    private static final List<String> FILLING_METHODS = List.of("add", "put", "offer", "push", "append", "insert",
            "set", "lazySet", "compareAndSet", "weakCompareAndSet", "increment", "decrement", "getAnd",
            "accumulate", "update", "compute", "merge");
    /** Static factories of {@code java.util} that return a collection holding their arguments. */
    private static final Set<String> FILLED_FACTORIES = Set.of("of", "ofEntries", "copyOf", "asList", "singleton",
            "singletonList", "singletonMap", "nCopies", "allOf", "range", "complementOf");

    private final Trees trees;
    private final TypeClassifier classifier;

    CodeSummarizer(Trees trees, TypeClassifier classifier) {
        this.trees = trees;
        this.classifier = classifier;
    }

    /**
     * Reads the code of the class at {@code classPath} and of the classes nested in it as members,
     * of those that {@code toRead} holds; the others are only noted as passed over. Local and
     * anonymous classes are part of the code around them.
     */
    void summarize(TreePath classPath, ClassesToRead toRead, AnalyzedCode into) {
        if (!(trees.getElement(classPath) instanceof TypeElement type) || into.has(type)) {
            return; // a member class javac analysed on its own, before the class around it
        }
        boolean read = toRead.contains(type);
        if (read) {
            into.declare(type, classPath);
        } else {
            into.passOver(type);
        }
        for (Tree member : ((ClassTree) classPath.getLeaf()).getMembers()) {
            TreePath path = new TreePath(classPath, member);
            if (member instanceof ClassTree) {
                summarize(path, toRead, into);
            } else if (read) {
                readMember(type, path, into);
            }
        }
    }

    /** Reads a method, constructor, field or initializer block of {@code type}. */
    private void readMember(TypeElement type, TreePath path, AnalyzedCode into) {
        Tree member = path.getLeaf();
        if (member instanceof MethodTree) {
            Element method = trees.getElement(path);
            if (method instanceof ExecutableElement) {
                into.declare(method, path);
                into.add(piece(method, path));
            }
        } else if (member instanceof VariableTree field) {
            Element element = trees.getElement(path);
            if (element != null) {
                into.declare(element, path);
                if (field.getInitializer() != null && !element.getModifiers().contains(Modifier.STATIC)) {
                    into.addInitializer(type, piece(element, path));
                }
            }
        } else if (member instanceof BlockTree block && !block.isStatic()) {
            into.addInitializer(type, piece(type, path));
        }
    }

    private CodePiece piece(Element element, TreePath path) {
        PieceScanner scanner = new PieceScanner();
        scanner.scan(path, null);
        return new CodePiece(element, path, scanner.fields, scanner.calls, scanner.varyingSource, scanner.writes,
                scanner.fills, onlyCallsOnSuper(path));
    }

    /** For a method whose body only calls {@code super} methods, those; else null. */
    private List<ExecutableElement> onlyCallsOnSuper(TreePath path) {
        if (!(path.getLeaf() instanceof MethodTree method) || method.getBody() == null) {
            return null;
        }
        List<ExecutableElement> called = new ArrayList<>();
        TreePath body = new TreePath(path, method.getBody());
        for (StatementTree statement : method.getBody().getStatements()) {
            if (statement instanceof ExpressionStatementTree expression
                    && expression.getExpression() instanceof MethodInvocationTree call
                    && call.getMethodSelect() instanceof MemberSelectTree select
                    && select.getExpression() instanceof IdentifierTree receiver
                    && receiver.getName().contentEquals("super")
                    && trees.getElement(new TreePath(new TreePath(body, statement), select))
                            instanceof ExecutableElement superMethod) {
                called.add(superMethod);
            } else {
                return null;
            }
        }
        return called;
    }

    /** Collects what a {@link CodePiece} holds, or, run on a value alone, what the value calls and whether it varies. */
    private final class PieceScanner extends TreePathScanner<Void, Void> {
        final Set<Element> fields = new LinkedHashSet<>();
        final List<CodePiece.Call> calls = new ArrayList<>();
        final List<CodePiece.FieldWrite> writes = new ArrayList<>();
        final List<CodePiece.Fill> fills = new ArrayList<>();
        String varyingSource;

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            noteName(node);
            return super.visitIdentifier(node, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            noteName(node);
            return super.visitMemberSelect(node, unused);
        }

        private void noteName(Tree node) {
            Element element = trees.getElement(getCurrentPath());
            if (element != null && element.getKind() == ElementKind.FIELD) {
                fields.add(element);
                if (element.getModifiers().contains(Modifier.STATIC) && !element.getModifiers().contains(Modifier.FINAL)) {
                    noteVarying(node);
                }
            }
        }

        private void noteVarying(Tree node) {
            if (varyingSource == null) {
                varyingSource = node.toString();
            }
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            Element element = trees.getElement(getCurrentPath());
            if (node.getInitializer() != null && element instanceof VariableElement field
                    && field.getKind() == ElementKind.FIELD) {
                write(field, new TreePath(getCurrentPath(), node.getInitializer()), true);
            }
            return super.visitVariable(node, unused);
        }

        @Override
        public Void visitAssignment(AssignmentTree node, Void unused) {
            if (node.getVariable() instanceof ArrayAccessTree element) {
                fillIfField(element.getExpression(), node.getExpression());
            } else if (elementOf(node.getVariable()) instanceof VariableElement field
                    && field.getKind() == ElementKind.FIELD) {
                write(field, new TreePath(getCurrentPath(), node.getExpression()), true);
            }
            return super.visitAssignment(node, unused);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
            if (node.getVariable() instanceof ArrayAccessTree element) {
                fillIfField(element.getExpression(), null);
            } else if (elementOf(node.getVariable()) instanceof VariableElement field
                    && field.getKind() == ElementKind.FIELD) {
                write(field, new TreePath(getCurrentPath(), node.getExpression()), false);
            }
            return super.visitCompoundAssignment(node, unused);
        }

        private void write(VariableElement field, TreePath value, boolean replaces) {
            PieceScanner inValue = new PieceScanner();
            inValue.scan(value, null);
            ExpressionTree bare = unparenthesized(value.getLeaf());
            boolean newMutableObject = replaces && bare instanceof NewClassTree
                    && !classifier.isImmutableValue(trees.getTypeMirror(value));
            writes.add(new CodePiece.FieldWrite(field, value, value.getLeaf().toString(), inValue.varyingSource, inValue.calls,
                    newMutableObject, replaces && startsFilled(value)));
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (trees.getElement(new TreePath(getCurrentPath(), node.getMethodSelect()))
                    instanceof ExecutableElement method) {
                noteCall(method, node);
                if (varies(method) || callsStaticAtomic(node)) {
                    noteVarying(node);
                }
                noteFill(method, node);
            }
            return super.visitMethodInvocation(node, unused);
        }

        private void noteCall(ExecutableElement method, MethodInvocationTree call) {
            boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
            CodePiece.Receiver receiver = null;
            if (call.getMethodSelect() instanceof IdentifierTree name) {
                boolean chained = name.getName().contentEquals("this") || name.getName().contentEquals("super");
                receiver = chained ? CodePiece.Receiver.CONSTRUCTOR
                        : isStatic ? CodePiece.Receiver.STATIC : CodePiece.Receiver.THIS;
            } else if (call.getMethodSelect() instanceof MemberSelectTree select) {
                String on = select.getExpression() instanceof IdentifierTree name ? name.getName().toString() : "";
                receiver = isStatic ? CodePiece.Receiver.STATIC
                        : on.equals("this") ? CodePiece.Receiver.THIS
                        : on.equals("super") ? CodePiece.Receiver.SUPER : null;
            }
            if (receiver != null) {
                calls.add(new CodePiece.Call(method, receiver));
            }
        }

        private void noteFill(ExecutableElement method, MethodInvocationTree call) {
            List<? extends ExpressionTree> arguments = call.getArguments();
            String name = method.getSimpleName().toString();
            if (call.getMethodSelect() instanceof MemberSelectTree select
                    && FILLING_METHODS.stream().anyMatch(name::startsWith)
                    && elementOf(select.getExpression()) instanceof VariableElement field
                    && field.getKind() == ElementKind.FIELD
                    // set(0), setLength(0), lazySet(null) write what a new one holds; on a BitSet, set(0) sets a bit
                    && (!arguments.stream().allMatch(this::isDefaultValue)
                            || classifier.classify(field.asType()) == FieldType.BIT_SET)) {
                fills.add(new CodePiece.Fill(field, getCurrentPath(), getCurrentPath().getLeaf().toString()));
                return;
            }
            String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
            if (owner.equals("java.util.Collections") && name.equals("addAll")
                    || owner.equals("java.util.Arrays") && name.equals("setAll")) {
                fillIfField(arguments.get(0), null);
            } else if (owner.equals("java.util.Arrays") && name.equals("fill")) {
                fillIfField(arguments.get(0), arguments.get(arguments.size() - 1));
            } else if (owner.equals("java.lang.System") && name.equals("arraycopy")) {
                fillIfField(arguments.get(2), null);
            }
        }

        /** Notes a fill of the field {@code container} names, unless {@code value} (null: some value) is the default. */
        private void fillIfField(ExpressionTree container, ExpressionTree value) {
            if (elementOf(container) instanceof VariableElement field && field.getKind() == ElementKind.FIELD
                    && (value == null || !isDefaultValue(value))) {
                fills.add(new CodePiece.Fill(field, getCurrentPath(), getCurrentPath().getLeaf().toString()));
            }
        }

        /** A call on a static atomic, such as {@code NEXT_ID.incrementAndGet()}. */
        private boolean callsStaticAtomic(MethodInvocationTree call) {
            if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
                return false;
            }
            Element receiver = elementOf(select.getExpression());
            return receiver != null && receiver.getKind() == ElementKind.FIELD
                    && receiver.getModifiers().contains(Modifier.STATIC)
                    && receiver.asType() instanceof DeclaredType type
                    && packageOf(type.asElement()).equals("java.util.concurrent.atomic");
        }

        /**
         * Whether a container created here has content: elements written out, a copy of a
         * collection, map, array or text, an initial value of an atomic, or a filled factory.
         */
        private boolean startsFilled(TreePath value) {
            ExpressionTree expression = unparenthesized(value.getLeaf());
            if (expression instanceof NewArrayTree array) {
                return array.getInitializers() != null && !array.getInitializers().isEmpty();
            }
            if (expression instanceof NewClassTree creation) {
                boolean atomic = classifier.classify(trees.getTypeMirror(value)) == FieldType.ATOMIC;
                return creation.getArguments().stream().anyMatch(argument -> atomic
                        ? !isDefaultValue(argument)
                        : holdsContent(trees.getTypeMirror(new TreePath(value, argument))));
            }
            if (expression instanceof MethodInvocationTree call && !call.getArguments().isEmpty()
                    && trees.getElement(new TreePath(value, call.getMethodSelect())) instanceof ExecutableElement method
                    && method.getModifiers().contains(Modifier.STATIC)) {
                TypeElement owner = (TypeElement) method.getEnclosingElement();
                String name = method.getSimpleName().toString();
                return packageOf(owner).equals("java.util") && FILLED_FACTORIES.contains(name)
                        || classifier.isA(owner.asType(), "java.nio.Buffer") && name.equals("wrap");
            }
            return false;
        }

        private boolean holdsContent(TypeMirror type) {
            return type != null && (type.getKind() == TypeKind.ARRAY || classifier.isA(type, "java.util.Collection")
                    || classifier.isA(type, "java.util.Map") || classifier.isA(type, "java.lang.CharSequence"));
        }

        /**
         * Whether {@code expression} is a literal, or a constant variable (javac has folded its
         * value), of the value a new container element or atomic holds: zero, false or null.
         */
        private boolean isDefaultValue(ExpressionTree expression) {
            ExpressionTree bare = unparenthesized(expression);
            Object value;
            if (bare instanceof LiteralTree literal) {
                value = literal.getValue();
            } else if (elementOf(bare) instanceof VariableElement constant && constant.getConstantValue() != null) {
                value = constant.getConstantValue();
            } else {
                return false;
            }
            return value == null || value.equals(Boolean.FALSE) || value instanceof Character c && c == 0
                    || value instanceof Number number && number.doubleValue() == 0;
        }

        private Element elementOf(ExpressionTree expression) {
            return trees.getElement(new TreePath(getCurrentPath(), unparenthesized(expression)));
        }
    }

    /** Whether a call of {@code method} gives a different value at each call. */
    private boolean varies(ExecutableElement method) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String name = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.STATIC)) {
            return VARYING_STATIC_METHODS.getOrDefault(owner.getQualifiedName().toString(), Set.of()).contains(name)
                    || name.equals("now") && packageOf(owner).equals("java.time");
        }
        return VARYING_TYPES.stream().anyMatch(type -> classifier.isA(owner.asType(), type));
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
    }

    private static ExpressionTree unparenthesized(Tree tree) {
        Tree bare = tree;
        while (bare instanceof ParenthesizedTree parenthesized) {
            bare = parenthesized.getExpression();
        }
        return (ExpressionTree) bare;
    }
}
