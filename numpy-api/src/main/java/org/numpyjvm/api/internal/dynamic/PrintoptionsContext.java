package org.numpyjvm.api.internal.dynamic;

import java.util.Map;
import org.numpyjvm.api.PrintOptions;
import org.numpyjvm.api.Printing;
import org.numpyjvm.api.dynamic.ContextManager;

/**
 * What {@code np.printoptions(*args, **kwargs)} returns: a context manager. Nothing happens
 * until {@link #enter()} ({@code __enter__}), which applies the options as
 * {@code set_printoptions(*args, **kwargs)} would and returns {@code get_printoptions()};
 * {@link #close()} ({@code __exit__}) restores the options in force before.
 */
final class PrintoptionsContext implements ContextManager {
    private final Object[] positional;
    private final Map<String, Object> keywords;
    private Printing.PrintoptionsScope scope;

    PrintoptionsContext(Object[] positional, Map<String, Object> keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    /** {@code __enter__}: applies the options; returns the {@code get_printoptions()} dict. */
    @Override
    public Map<String, Object> enter() {
        PrintOptions options = PrintingFunctions.setOptions(positional, keywords);
        scope = Printing.printoptions(options);
        return PrintOptionArgs.asDict(options);
    }

    /** {@code __exit__}: restores the previous options (nothing if never entered). */
    @Override
    public void close() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
