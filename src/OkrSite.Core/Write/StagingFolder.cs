using System.Collections.Concurrent;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Write;

/// <summary>
/// A fresh folder beside the output that the render stages write into, marked as OkrSite's from its first moment
/// and owned by the build that holds the output's lock. <see cref="Commit"/> swaps it in as the new output;
/// disposing it without a commit deletes it, so a failed build leaves the previous output as it was.
/// A file whose bytes equal the previous output's is linked rather than written: it costs no write and keeps its
/// timestamp, so deploys that compare size and time (rsync, many upload tools) copy only what changed.
/// </summary>
internal sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _old;
    private readonly OutputLock _lock;
    // One Lazy per folder: every writer into a folder waits until it exists, not just the first one.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly bool _hadOutput;
    private bool _committed;

    /// <param name="held">The output's lock, released when this folder is disposed.</param>
    internal StagingFolder(string output, string temp, string old, OutputLock held)
    {
        _output = output;
        Path = temp;
        _old = old;
        _lock = held;
        _hadOutput = FileKind.Of(output) == EntryKind.Directory;
        try
        {
            OutputWriteException.Wrap(() =>
            {
                Directory.CreateDirectory(temp);
                File.WriteAllBytes(System.IO.Path.Combine(temp, OutputMarker.FileName), OutputMarker.For([]).ToBytes());
            });
        }
        catch (OutputWriteException)
        {
            // An unmarked leftover would never be cleaned by a later build: this one was created a moment ago.
            SafeDelete.TryTree(temp);
            throw;
        }
    }

    /// <summary>The staging folder itself.</summary>
    public string Path { get; }

    /// <summary>The output folder it replaces, with links at --out resolved.</summary>
    public string Output => _output;

    /// <summary>How many files were written: the manifest's count.</summary>
    public int Count => _written.Count;

    public void Write(string path, byte[] content) => OutputWriteException.Wrap(() =>
    {
        var (full, relative) = Prepare(path);
        var previous = System.IO.Path.Combine(_output, relative);
        if (!(_hadOutput && Unchanged(previous, content) && HardLink.TryCreate(previous, full)))
        {
            // A handle and one positional write: File.WriteAllBytes also preallocates the file (one more system
            // call per file, and a build writes a hundred thousand small files).
            using var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, content, 0);
        }

        _written.TryAdd(relative, 0);
    });

    /// <summary>Streams the file into the staging folder; when it equals the previous output's, links that file instead.</summary>
    public void WriteStream(string path, Action<Stream> write) => OutputWriteException.Wrap(() =>
    {
        var (full, relative) = Prepare(path);
        using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(file);
        }

        var previous = System.IO.Path.Combine(_output, relative);
        if (_hadOutput && SameBytes(previous, full))
        {
            File.Delete(full);
            if (!HardLink.TryCreate(previous, full))
            {
                File.Copy(previous, full);
            }
        }

        _written.TryAdd(relative, 0);
    });

    /// <summary>A file from the chart cache: linked, not copied, so it costs no write and keeps the cache file's timestamp.</summary>
    public void WriteFrom(string path, string source) => OutputWriteException.Wrap(() =>
    {
        // link(2) links a symlink itself, and a copy would follow it: only a regular file goes into the output.
        if (FileKind.Of(source) != EntryKind.File)
        {
            throw new IOException($"'{source}' is not a regular file");
        }

        var (full, relative) = Prepare(path);
        if (!HardLink.TryCreate(source, full))
        {
            File.Copy(source, full);
        }

        _written.TryAdd(relative, 0);
    });

    private (string Full, string Relative) Prepare(string path)
    {
        var full = Inside(path);
        var relative = full[(Path.Length + 1)..].Replace('\\', '/');
        if (relative == OutputMarker.FileName)
        {
            throw new InvalidOperationException($"output path '{path}' is OkrSite's own marker");
        }

        var folder = System.IO.Path.GetDirectoryName(full)!;
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        return (full, relative);
    }

    /// <summary>
    /// The first phase: runs <paramref name="render"/>, which writes the site into this folder. False when writing
    /// failed (OKR0902, the previous output untouched); anything else, a bug or a render stage failing, is not a
    /// write failure and is not reported as one.
    /// </summary>
    public bool Fill(Action<IOutputSink> render, DiagnosticBag diagnostics) => Reporting(diagnostics, () =>
    {
        render(this);
        return true;
    });

    /// <summary>
    /// The second phase: makes the staged files the output, one atomic exchange on Linux, two renames elsewhere.
    /// False (with a diagnostic) when the previous output gained entries OkrSite did not write while this build ran,
    /// or when the swap could not be written (OKR0902).
    /// </summary>
    public bool Commit(DiagnosticBag diagnostics) => Reporting(diagnostics, () => Swap(diagnostics));

    private bool Reporting(DiagnosticBag diagnostics, Func<bool> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (WriteFailure.Find(ex) is { } failure)
        {
            diagnostics.Add(Codes.OutputFailed, new SourceSpan(_output), WriteFailure.Describe(failure, _output));
            return false;
        }
    }

    private bool Swap(DiagnosticBag diagnostics)
    {
        if (_hadOutput && !SitePublisher.MayReplace(PreviousOutput.Inspect(_output), _output, diagnostics))
        {
            return false;
        }

        OutputWriteException.Wrap(() =>
        {
            // The full manifest replaces the staging marker in one rename, so the folder is never without one.
            var marker = System.IO.Path.Combine(Path, OutputMarker.FileName);
            File.WriteAllBytes(marker + ".tmp", OutputMarker.For(_written.Keys).ToBytes());
            File.Move(marker + ".tmp", marker, overwrite: true);

            if (FileKind.Of(_output) == EntryKind.Directory && AtomicSwap.TryExchange(Path, _output))
            {
                // The staging path now holds the previous site.
                _committed = true;
                SafeDelete.TryTree(Path, OutputMarker.FileName);
                return;
            }

            if (FileKind.Of(_output) == EntryKind.Directory)
            {
                Directory.Move(_output, _old);
            }

            try
            {
                Directory.Move(Path, _output);
            }
            catch
            {
                // Put the previous output back before reporting the failure.
                if (FileKind.Of(_output) == EntryKind.Missing && FileKind.Of(_old) == EntryKind.Directory)
                {
                    Directory.Move(_old, _output);
                }

                throw;
            }

            _committed = true;
            SafeDelete.TryTree(_old, OutputMarker.FileName);
        });
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                SafeDelete.TryTree(Path, OutputMarker.FileName);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>The files written so far, sorted: what the manifest lists.</summary>
    public IReadOnlyList<string> Files => [.. _written.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Only a regular file of the previous output is ever compared or linked: never a link, FIFO or device.</summary>
    private static bool Unchanged(string previous, byte[] content)
    {
        var (kind, size) = FileKind.Stat(previous);
        return kind == EntryKind.File && size == content.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(content);
    }

    private static bool SameBytes(string previous, string staged)
    {
        var (kind, size) = FileKind.Stat(previous);
        if (kind != EntryKind.File || size != new FileInfo(staged).Length)
        {
            return false;
        }

        using var a = new FileStream(previous, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var b = new FileStream(staged, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var left = new byte[1 << 16];
        var right = new byte[1 << 16];
        int read;
        while ((read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false)) > 0)
        {
            if (b.ReadAtLeast(right, read, throwOnEndOfStream: false) != read || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full path of an output file, which must stay inside the output folder whatever its name says.</summary>
    private string Inside(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        return full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
    }
}
