using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Support;

/// <summary>A data set read from CSV texts in memory, through the real reader and merge, with their file names.</summary>
internal static class CsvData
{
    public static DataSet Of(params (string File, string Text)[] files)
    {
        var sorted = files.OrderBy(f => f.File, StringComparer.Ordinal).ToArray();
        var bag = new DiagnosticBag();
        var collectors = sorted.Select(f =>
        {
            var collector = new FileCollector();
            CsvDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(f.Text)), f.File, CsvOptions.Default, collector, bag);
            return collector;
        }).ToList();
        var data = DataLoader.Merge([.. sorted.Select(f => f.File)], collectors, bag);
        Assert.Empty(bag.ToSortedList());
        return data;
    }
}
