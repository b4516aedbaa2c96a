namespace OkrSite.Core.Model;

/// <summary>
/// One value of a metric on one day, with the optional note from the CSV <c>note</c> column. <see cref="File"/> (an
/// index into <see cref="DataSet.Files"/>) and <see cref="Line"/> say which row it was read from: two ints rather
/// than a reference, since a data set can hold millions of points. <see cref="Line"/> 0 means not read from a file.
/// </summary>
public readonly record struct DataPoint(DateOnly Date, double Value, string? Note = null, int File = 0, int Line = 0)
{
    public bool HasRow => Line > 0;
}
