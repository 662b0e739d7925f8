package org.numpyjvm.api.internal.dynamic;

import org.numpyjvm.api.FloatErrors;
import org.numpyjvm.api.TypeError;
import org.numpyjvm.api.dynamic.Args;
import org.numpyjvm.api.dynamic.ContextManager;

/**
 * What {@code np.errstate(**kwargs)} returns: a context manager. Nothing happens until
 * {@link #enter()} ({@code __enter__}), which checks the modes (NumPy's ValueError only then),
 * applies them and the callback, and returns None; {@link #close()} ({@code __exit__}) restores
 * the modes, callback and buffer size in force before. Entering twice is NumPy's TypeError.
 */
final class ErrstateContext implements ContextManager {
    private final Args args;
    private FloatErrors.Scope scope;

    ErrstateContext(Args args) {
        this.args = args;
    }

    @Override
    public Object enter() {
        if (scope != null) {
            throw new TypeError("Cannot enter `np.errstate` twice.");
        }
        FloatErrors.Settings s = ErrstateFunctions.settings(args);
        FloatErrors.Callback call = ErrstateFunctions.callGiven(args)
                ? ErrstateFunctions.callback(args.raw("call")) : FloatErrors.geterrcall();
        scope = FloatErrors.errstate(s, call);
        return null;
    }

    @Override
    public void close() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
