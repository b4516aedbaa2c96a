namespace OkrSite.Core.Model;

/// <summary>One value of a metric on one day, with the optional note from the CSV <c>note</c> column.</summary>
public readonly record struct DataPoint(DateOnly Date, double Value, string? Note = null);
