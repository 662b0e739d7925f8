package org.numpyjvm.python;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The sandbox's files: read-only access below one folder (the extracted {@code numpy} package,
 * also the working directory); every other path fails with {@link AccessDeniedException}
 * (Python's PermissionError). {@link NumpyPython} wraps it so GraalPy's home and internal
 * resources (its standard library) stay readable.
 */
final class SandboxFileSystem implements FileSystem {
    private final Path root;
    private final FileSystem files = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());

    SandboxFileSystem(Path root) {
        this.root = root;
    }

    private Path allowed(Path p) throws IOException {
        Path abs = toAbsolutePath(p).normalize();
        if (!abs.startsWith(root)) {
            throw new AccessDeniedException(p.toString(), null, "numpy-jvm sandbox: no host file access");
        }
        return abs;
    }

    @Override
    public Path parsePath(URI uri) {
        return files.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return files.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        files.checkAccess(allowed(path), modes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        files.createDirectory(allowed(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        files.delete(allowed(path));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return files.newByteChannel(allowed(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return files.newDirectoryStream(allowed(dir), filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : root.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        return files.toRealPath(allowed(path), options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return files.readAttributes(allowed(path), attributes, options);
    }
}
