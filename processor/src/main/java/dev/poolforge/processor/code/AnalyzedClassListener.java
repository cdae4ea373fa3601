package dev.poolforge.processor.code;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.poolforge.processor.Annotations;
import dev.poolforge.processor.TypeClassifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs the checks on each {@code @Pooled} class once javac has analysed it and its superclasses in
 * this compilation. javac analyses, lowers and generates classes one at a time, so the code of each
 * class the checks need ({@link ClassesToRead}) is summarised right after its analysis (later its
 * trees are lowered, then dropped), and a pooled class whose superclass comes later waits for it.
 * Other classes are only looked through for a {@code @Pooled} local class, which is an error.
 */
final class AnalyzedClassListener implements TaskListener {
    private final Trees trees;
    private final FindingPrinter printer;
    private final UnresetFieldCheck unresetFields;
    private final InitialValueCheck initialValues;
    private final CloseCheck close;
    private final Elements elements;
    private final Types types;
    private final AnalyzedCode analyzed = new AnalyzedCode();
    private final ClassesToRead toRead;
    private final CodeSummarizer summarizer;
    /** Pooled classes found and not checked yet, in the order found. */
    private final List<TypeElement> waiting = new ArrayList<>();
    /** Classes found already, so that a class nested in another is checked once. */
    private final Set<Element> found = new HashSet<>();

    AnalyzedClassListener(Trees trees, Elements elements, Types types, ClassesToRead toRead) {
        TypeClassifier classifier = new TypeClassifier(types, elements);
        this.trees = trees;
        this.toRead = toRead;
        this.elements = elements;
        this.types = types;
        this.printer = new FindingPrinter(trees);
        this.unresetFields = new UnresetFieldCheck(classifier, elements, printer);
        this.summarizer = new CodeSummarizer(trees, classifier);
        this.initialValues = new InitialValueCheck(classifier, printer);
        this.close = new CloseCheck(classifier, printer);
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TypeElement type = event.getTypeElement();
        TreePath path = trees.getPath(type);
        if (path == null || analyzed.has(type) || analyzed.passedOver(type)) {
            return;
        }
        guarded(type, path, () -> {
            findPooledClasses(type, path);
            summarizer.summarize(path, toRead, analyzed);
        });
        for (Iterator<TypeElement> it = waiting.iterator(); it.hasNext(); ) {
            PooledClassCode code = new PooledClassCode(it.next(), analyzed, elements, types);
            if (code.classes().stream().allMatch(this::isAnalysedOrFromClassFile)) {
                it.remove();
                guarded(code.type(), analyzed.declaration(code.type()), () -> check(code));
            }
        }
    }

    /**
     * Whether the code of {@code type} is known, or never will be: a class javac has analysed in
     * this compilation (whether its code was read or passed over), or one from a class file. A class in source that javac has not analysed
     * yet has a tree, and its code comes with a later event.
     */
    private boolean isAnalysedOrFromClassFile(TypeElement type) {
        if (analyzed.has(type) || analyzed.passedOver(type)) {
            return true;
        }
        try {
            return trees.getPath(type) == null;
        } catch (RuntimeException fromClassFile) {
            return true;
        }
    }

    /**
     * Queues the concrete {@code @Pooled} classes among {@code type} and the classes nested in it
     * as members, and reports the {@code @Pooled} local classes in its code, in a unit whose source
     * may name them.
     */
    private void findPooledClasses(TypeElement type, TreePath path) {
        Deque<TypeElement> members = new ArrayDeque<>(List.of(type));
        while (!members.isEmpty()) {
            TypeElement member = members.pop();
            if (found.add(member) && Annotations.has(member, Annotations.POOLED)) {
                toRead.addPooled(member); // known already, unless no processing round saw it
                if (member.getKind() == ElementKind.CLASS && !member.getModifiers().contains(Modifier.ABSTRACT)) {
                    waiting.add(member);
                }
            }
            members.addAll(ElementFilter.typesIn(member.getEnclosedElements()));
        }
        if (PooledNameInSource.mayName(path.getCompilationUnit())) {
            new LocalPooledClasses(path.getCompilationUnit()).scan(path.getLeaf(), null);
        }
    }

    /**
     * Finds the {@code @Pooled} local classes in a class's code, which the annotation processor
     * never sees, and reports them. It walks without tree paths (an object per tree) and makes the
     * path of a class only when one of its annotations is named {@code Pooled}: Java has no import
     * aliases, so no other annotation can be poolforge's.
     */
    private final class LocalPooledClasses extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;

        LocalPooledClasses(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            if (node.getModifiers().getAnnotations().stream().anyMatch(LocalPooledClasses::isNamedPooled)) {
                TreePath at = TreePath.getPath(unit, node);
                if (trees.getElement(at) instanceof TypeElement type && type.getNestingKind() == NestingKind.LOCAL
                        && found.add(type) && Annotations.has(type, Annotations.POOLED)) {
                    report(type, at);
                }
            }
            return super.visitClass(node, unused);
        }

        private static boolean isNamedPooled(AnnotationTree annotation) {
            Tree name = annotation.getAnnotationType();
            return name instanceof IdentifierTree identifier && identifier.getName().contentEquals("Pooled")
                    || name instanceof MemberSelectTree select && select.getIdentifier().contentEquals("Pooled");
        }

        /** On the {@code @Pooled} of the class at {@code at}, else on the class. */
        private void report(TypeElement type, TreePath at) {
            TreePath on = at;
            for (AnnotationTree annotation : ((ClassTree) at.getLeaf()).getModifiers().getAnnotations()) {
                TreePath annotationPath = new TreePath(at, annotation);
                if (trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType()))
                        instanceof TypeElement annotationType
                        && annotationType.getQualifiedName().contentEquals(Annotations.POOLED)) {
                    on = annotationPath;
                }
            }
            printer.report(CodeFinding.LOCAL_CLASS, on, new Element[] {type}, type.getSimpleName());
        }
    }

    private void check(PooledClassCode code) {
        Set<Element> resetByMethods = new HashSet<>();
        code.reachableFrom(code.resetMethods(), List.of(), true).forEach(piece -> resetByMethods.addAll(piece.fieldsMentioned()));
        unresetFields.check(code, resetByMethods);
        initialValues.check(code, resetByMethods);
        close.check(code);
    }

    /** Runs one check; a failure becomes one warning on the class instead of crashing the compiler. */
    private void guarded(TypeElement type, TreePath at, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
            printer.report(CodeFinding.CHECKER_FAILURE, at, new Element[0], type.getQualifiedName(), failure);
        }
    }
}
