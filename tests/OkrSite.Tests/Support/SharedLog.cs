using System.Text;

namespace OkrSite.Tests.Support;

/// <summary>
/// A log that a background writer (serve's build loop) and the test thread can use at once.
/// A StringWriter behind TextWriter.Synchronized is not enough: the wrapper locks its writes, but the test's reads of the
/// StringWriter do not take that lock, and StringBuilder.ToString during an append throws.
/// </summary>
public sealed class SharedLog : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_text)
        {
            _text.Append(buffer, index, count);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_text)
        {
            _text.Append(value).Append(CoreNewLine);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
