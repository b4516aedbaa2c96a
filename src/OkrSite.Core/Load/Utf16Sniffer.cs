namespace OkrSite.Core.Load;

/// <summary>
/// Recognises UTF-16 text, which is valid UTF-8 byte for byte when it is mostly ASCII (every other byte is NUL), so
/// a strict UTF-8 decoder accepts it and the file would be read as garbage with NULs. Windows tools (PowerShell's
/// Out-File, Notepad's "Unicode") write it, often without a byte order mark.
/// </summary>
internal static class Utf16Sniffer
{
    /// <summary>How much of the start of a file is looked at.</summary>
    public const int SampleBytes = 1024;

    /// <summary>
    /// "UTF-16 LE" or "UTF-16 BE" (with " with a byte order mark" when it has one) when the start of a file looks
    /// like UTF-16, else null. Without a mark it is UTF-16 when over a third of the byte pairs have a NUL on one side
    /// and almost none on the other: real UTF-8 text has no NUL at all.
    /// </summary>
    public static string? Detect(ReadOnlySpan<byte> start)
    {
        if (start.Length >= 2 && start[0] == 0xFF && start[1] == 0xFE && !(start.Length >= 4 && start[2] == 0 && start[3] == 0))
        {
            return "UTF-16 LE with a byte order mark";
        }

        if (start.Length >= 2 && start[0] == 0xFE && start[1] == 0xFF)
        {
            return "UTF-16 BE with a byte order mark";
        }

        var sample = start[..Math.Min(start.Length, SampleBytes)];
        var pairs = sample.Length / 2;
        if (pairs == 0)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        if (oddNul * 3 > pairs && evenNul * 16 < pairs)
        {
            return "UTF-16 LE";
        }

        return evenNul * 3 > pairs && oddNul * 16 < pairs ? "UTF-16 BE" : null;
    }

    /// <summary>The message for a file that <see cref="Detect"/> recognised.</summary>
    public static string Message(string encoding, string what = "the file") =>
        $"{what} looks like {encoding}, not UTF-8; save it as UTF-8";
}
