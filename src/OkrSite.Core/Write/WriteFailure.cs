namespace OkrSite.Core.Write;

/// <summary>
/// An I/O failure while writing the output (staging, linking, swapping), wrapped where it happens so that only real
/// write failures become OKR0902: a failure to read an input or a bug in a render stage is never reported as
/// "could not be written".
/// </summary>
internal sealed class OutputWriteException(Exception cause) : IOException(cause.Message, cause)
{
    public Exception Cause { get; } = cause;

    /// <summary>Runs <paramref name="write"/>, wrapping its I/O failures.</summary>
    public static T Wrap<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not OutputWriteException)
        {
            throw new OutputWriteException(ex);
        }
    }

    public static void Wrap(Action write) => Wrap(() =>
    {
        write();
        return 0;
    });
}

/// <summary>Says in plain words why the output could not be written: a full disk, a read-only folder, or the OS's own message.</summary>
internal static class WriteFailure
{
    private const int Eperm = 1;
    private const int Eacces = 13;
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Edquot = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);

    /// <summary>The write failure behind <paramref name="ex"/>, or null when it is something else (which then is not OKR0902).</summary>
    public static OutputWriteException? Find(Exception ex) => ex switch
    {
        OutputWriteException write => write,
        AggregateException many when many.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(e => e is OutputWriteException) => (OutputWriteException)inner[0],
        _ => null,
    };

    public static string Describe(Exception failure, string output)
    {
        var cause = failure is OutputWriteException wrapped ? wrapped.Cause : failure;
        var code = cause.HResult;
        if (code is Enospc or Edquot or WindowsDiskFull or WindowsHandleDiskFull || cause.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase))
        {
            return $"the disk is full: there is no space left to write the output '{output}' ({cause.Message}); free some space and build again; the previous output is unchanged";
        }

        if (cause is UnauthorizedAccessException || code is Erofs or Eacces or Eperm or WindowsWriteProtect
            || cause.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            return $"OkrSite may not write beside or into the output '{output}': the file system is read-only or the folder's permissions forbid it ({cause.Message}); the previous output is unchanged";
        }

        return $"the output '{output}' could not be written ({cause.Message}); the previous output is unchanged";
    }
}
