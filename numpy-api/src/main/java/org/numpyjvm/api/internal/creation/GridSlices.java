package org.numpyjvm.api.internal.creation;

import org.numpyjvm.api.GridSlice;
import org.numpyjvm.api.Slice;

/** Converting integer {@link Slice}s to {@link GridSlice}s for {@code mgrid}/{@code ogrid}. */
public final class GridSlices {
    private GridSlices() {
    }

    public static GridSlice[] of(Slice... key) {
        GridSlice[] g = new GridSlice[key.length];
        for (int i = 0; i < key.length; i++) {
            g[i] = GridSlice.of(key[i]);
        }
        return g;
    }
}
