using System.Text.Json;

namespace OkrSite.Tests.Support;

/// <summary>Checks on a report.json as written.</summary>
public static class ReportJsonAssert
{
    /// <summary>
    /// The text has no NaN or infinity in any spelling System.Text.Json could be told to write (NaN, Infinity,
    /// "-Infinity"), and every number in it parses to a finite double.
    /// </summary>
    public static void AllNumbersFinite(string json)
    {
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var stack = new Stack<JsonElement>([document.RootElement]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Number:
                    Assert.True(double.IsFinite(element.GetDouble()), $"not finite: {element.GetRawText()}");
                    Assert.NotEqual("-0", element.GetRawText());
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        stack.Push(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        stack.Push(property.Value);
                    }

                    break;
            }
        }
    }
}
