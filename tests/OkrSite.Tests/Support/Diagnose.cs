using OkrSite.Core.Diagnostics;

namespace OkrSite.Tests.Support;

/// <summary>Runs a parser with a fresh bag and returns its result with the sorted diagnostics.</summary>
internal static class Diagnose
{
    public static (T Result, IReadOnlyList<Diagnostic> Diagnostics) Run<T>(Func<DiagnosticBag, T> parse)
    {
        var bag = new DiagnosticBag();
        var result = parse(bag);
        return (result, bag.ToSortedList());
    }

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, DiagnosticCode code)
    {
        var matching = diagnostics.Where(d => d.Code == code.Id).ToList();
        Assert.True(matching.Count == 1, $"expected one {code.Id}, got: {string.Join(" | ", diagnostics)}");
        return matching[0];
    }
}
