package org.numpyjvm.api;

/**
 * One axis of {@link Np#mgrid}/{@link Np#ogrid}: Python's {@code start:stop:step} with numbers
 * of any kind, or NumPy's complex-step form {@code start:stop:Nj} (N points, stop included),
 * which Java spells {@link #points}.
 *
 * <pre>{@code
 * Np.mgrid(GridSlice.of(0, 5))                      // np.mgrid[0:5]
 * Np.mgrid(GridSlice.of(-1, 1, 0.5))                // np.mgrid[-1:1:0.5]
 * Np.mgrid(GridSlice.points(-1, 1, 5))              // np.mgrid[-1:1:5j]
 * Np.ogrid(GridSlice.of(0, 5), GridSlice.of(0, 3))  // np.ogrid[0:5, 0:3]
 * }</pre>
 */
public final class GridSlice {
    private final Number start;
    private final Number stop;
    private final Number step;
    private final boolean points;

    private GridSlice(Number start, Number stop, Number step, boolean points) {
        if (stop == null) {
            throw new TypeError("a grid slice needs a stop"); // NumPy: mgrid[0:] is empty, mgrid[0:, 0:2] an AttributeError
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.points = points;
    }

    /** {@code start:stop} (start null means 0). */
    public static GridSlice of(Number start, Number stop) {
        return new GridSlice(start, stop, null, false);
    }

    /** {@code start:stop:step}. */
    public static GridSlice of(Number start, Number stop, Number step) {
        return new GridSlice(start, stop, step, false);
    }

    /** {@code start:stop:nj}: {@code n} points from start to stop inclusive. */
    public static GridSlice points(Number start, Number stop, Number n) {
        return new GridSlice(start, stop, n, true);
    }

    /** An integer {@link Slice} as a grid axis ({@code stop} required). */
    public static GridSlice of(Slice s) {
        return new GridSlice(s.start(), s.stop(), s.step(), false);
    }

    public Number start() {
        return start;
    }

    public Number stop() {
        return stop;
    }

    /** The step, or for {@link #points} the number of points (the imaginary step). */
    public Number step() {
        return step;
    }

    /** True for the complex-step form ({@code start:stop:Nj}). */
    public boolean isPoints() {
        return points;
    }

    @Override
    public String toString() {
        return (start == null ? "" : start) + ":" + stop + (step == null ? "" : ":" + step + (points ? "j" : ""));
    }
}
