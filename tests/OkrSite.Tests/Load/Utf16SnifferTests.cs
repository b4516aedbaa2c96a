using System.Text;
using OkrSite.Core.Load;

namespace OkrSite.Tests.Load;

public class Utf16SnifferTests
{
    private const string Text = "---\ntitle: Grow revenue\nteam: sales\n---\nBody.\n";

    [Fact]
    public void Utf16_le_without_a_byte_order_mark_is_recognised() =>
        Assert.Equal("UTF-16 LE", Utf16Sniffer.Detect(Encoding.Unicode.GetBytes(Text)));

    [Fact]
    public void Utf16_be_without_a_byte_order_mark_is_recognised() =>
        Assert.Equal("UTF-16 BE", Utf16Sniffer.Detect(Encoding.BigEndianUnicode.GetBytes(Text)));

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_recognised()
    {
        Assert.Equal("UTF-16 LE with a byte order mark", Utf16Sniffer.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]));
        Assert.Equal("UTF-16 BE with a byte order mark", Utf16Sniffer.Detect([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)]));
    }

    [Theory]
    [InlineData(Text)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("Umsatz wächst: 12 % über Plan — 売上")]
    public void Utf8_text_is_not_utf16(string text)
    {
        Assert.Null(Utf16Sniffer.Detect(Encoding.UTF8.GetBytes(text)));
        Assert.Null(Utf16Sniffer.Detect([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]));
    }

    [Fact]
    public void A_utf8_file_with_a_few_nul_bytes_is_not_utf16()
    {
        var bytes = Encoding.UTF8.GetBytes(Text + Text);
        bytes[3] = 0;
        bytes[9] = 0;

        Assert.Null(Utf16Sniffer.Detect(bytes));
    }

    [Fact]
    public void Utf32_le_with_its_byte_order_mark_is_not_called_utf16() =>
        Assert.Null(Utf16Sniffer.Detect([0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0]));
}
