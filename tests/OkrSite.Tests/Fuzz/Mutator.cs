using System.Runtime.CompilerServices;
using System.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Fuzz;

/// <summary>
/// Structured mutations of valid inputs, driven by one seeded <see cref="Random"/> so every run tries the same inputs:
/// bit flips, truncation, deletion, duplication, splicing with another seed, and insertion of tokens that matter to
/// the format under test (quotes, delimiters, line breaks, byte order marks, NULs, invalid UTF-8, huge numbers).
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> seeds, IReadOnlyList<byte[]> tokens)
{
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC3], [0xE9], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x9A],
    ];

    public static readonly string[] Unicode = ["é", "€", "🚀", "中文", "עברית", "\u2028", "\u2029", "\u00A0", "\u200B", "\u0301", "\uFEFF", "\u2212", "Ω", "\U0010FFFF"];

    public Random Random => random;

    public byte[] Next()
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var rounds = random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            Mutate(data);
        }

        return [.. data];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void Mutate(List<byte> data)
    {
        var at = random.Next(data.Count + 1);
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256);
                break;
            case 2:
                data.RemoveRange(at, data.Count - at);
                break;
            case 3:
                data.RemoveRange(at, Math.Min(random.Next(1, 64), data.Count - at));
                break;
            case 4:
                var length = Math.Min(random.Next(1, 256), data.Count - at);
                data.InsertRange(random.Next(data.Count + 1), data.GetRange(at, length));
                break;
            case 5:
                var other = seeds[random.Next(seeds.Count)];
                var cut = random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(cut).ToArray());
                break;
            case 6:
                data.InsertRange(at, InvalidUtf8[random.Next(InvalidUtf8.Length)]);
                break;
            case 7:
                data.InsertRange(at, Encoding.UTF8.GetBytes(Unicode[random.Next(Unicode.Length)]));
                break;
            case 8:
                // A long run of one token: a field, a line or a nesting far longer than any real file has.
                var token = tokens[random.Next(tokens.Count)];
                var times = random.Next(2) == 0 ? random.Next(2, 20) : random.Next(100, 3000);
                for (var i = 0; i < times && data.Count < 200_000; i++)
                {
                    data.InsertRange(at, token);
                }

                break;
            case 9:
                SwapLines(data);
                break;
            case 10:
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                data.InsertRange(at, noise);
                break;
            default:
                data.InsertRange(at, tokens[random.Next(tokens.Count)]);
                break;
        }
    }

    private void SwapLines(List<byte> data)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        if (starts.Count < 3)
        {
            return;
        }

        var a = random.Next(starts.Count - 1);
        var line = data.GetRange(starts[a], starts[a + 1] - starts[a]);
        data.RemoveRange(starts[a], line.Count);
        var target = random.Next(data.Count + 1);
        while (target > 0 && data[target - 1] != (byte)'\n')
        {
            target--;
        }

        data.InsertRange(target, line);
    }
}

internal static class FuzzFiles
{
    /// <summary>The repository root, found from this source file so it works whatever the build's output folder is.</summary>
    public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    public static IEnumerable<byte[]> Under(string relativeFolder, string pattern)
    {
        var folder = Path.Combine(RepositoryRoot(), relativeFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            : [];
    }

    public static byte[][] Tokens(params string[] tokens) => [.. tokens.Select(t => Encoding.UTF8.GetBytes(t))];

    /// <summary>Text for messages: control characters escaped, cut short.</summary>
    public static string Show(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var shown = new StringBuilder();
        foreach (var c in text.Length > 600 ? text[..600] : text)
        {
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return shown.ToString() + (text.Length > 600 ? $"… ({input.Length} bytes)" : string.Empty);
    }
}

/// <summary>A non-seekable stream that hands out a random number of bytes per read, as pipes and network shares do.</summary>
internal sealed class ChunkedStream(byte[] data, Random random) : ReadOnlyTestStream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, random.Next(1, 512)), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}
