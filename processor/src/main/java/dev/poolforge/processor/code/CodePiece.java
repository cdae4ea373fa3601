package dev.poolforge.processor.code;

import com.sun.source.util.TreePath;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * What the checks need to know of one piece of analysed code (a method or constructor body, a field
 * initializer, an instance initializer block), taken when javac has just analysed it: javac lowers
 * and then drops a class's trees once it has generated it, often before the subclass that a pool is
 * for has been analysed.
 *
 * @param element the method or constructor; the field of an initializer; the class of an initializer block
 * @param path where the piece is, to print findings on
 * @param fieldsMentioned the fields the code names, to read, assign or call on
 * @param calls the calls it makes on this object, and of static methods
 * @param varyingSource the first expression in it whose value differs from one call to the next, as written; or null
 * @param writes the values it gives fields
 * @param fills the calls and assignments that put content in a container field
 * @param onlyCallsOnSuper for a body that does nothing but call {@code super} methods, those methods; else null
 */
record CodePiece(Element element, TreePath path, Set<Element> fieldsMentioned, List<Call> calls,
        String varyingSource, List<FieldWrite> writes, List<Fill> fills, List<ExecutableElement> onlyCallsOnSuper) {

    /** How a call reaches its method: the receiver decides which implementation runs. */
    enum Receiver {
        /** {@code m()} or {@code this.m()}: the implementation of the object's class. */
        THIS,
        /** {@code super.m()}: the method named. */
        SUPER,
        /** A static method. */
        STATIC,
        /** {@code this(...)} or {@code super(...)} in a constructor. */
        CONSTRUCTOR
    }

    /** A call on this object (or of a static method) to {@code method}. */
    record Call(ExecutableElement method, Receiver receiver) {
    }

    /**
     * A value given to a field, by its initializer or an assignment.
     *
     * @param text the value as written
     * @param varyingSource the first expression in the value that differs from one call to the next, or null
     * @param calls the calls in the value on this object, which may hide such an expression
     * @param newMutableObject whether the value is {@code new X(...)} of a type that is not an immutable value
     * @param filled whether the value is a container created with content
     */
    record FieldWrite(VariableElement field, TreePath value, String text, String varyingSource, List<Call> calls,
            boolean newMutableObject, boolean filled) {
    }

    /** A call or assignment at {@code at}, written as {@code text}, that puts content into the container in {@code field}. */
    record Fill(VariableElement field, TreePath at, String text) {
    }
}
