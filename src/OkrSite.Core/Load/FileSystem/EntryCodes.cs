using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// The diagnostic for each kind of entry that is not read (a link out or to nothing, a loop, a FIFO or device, a
/// folder that cannot be listed). Content, data and the theme each have their own codes, so a message says which
/// input it is about.
/// </summary>
internal sealed record EntryCodes(DiagnosticCode Outside, DiagnosticCode Loop, DiagnosticCode Special, DiagnosticCode Unreadable)
{
    public static EntryCodes Content { get; } = new(Codes.ContentOutsideSite, Codes.ContentLinkLoop, Codes.ContentNotRegularFile, Codes.ContentFolderUnreadable);

    public static EntryCodes Data { get; } = new(Codes.DataOutsideSite, Codes.DataLinkLoop, Codes.DataNotRegularFile, Codes.DataFolderUnreadable);

    public static EntryCodes Theme { get; } = new(Codes.ThemeOutsideSite, Codes.ThemeLinkLoop, Codes.ThemeNotRegularFile, Codes.ThemeFolderUnreadable);

    /// <summary>Reports <paramref name="entry"/>, which is not read, with the code of its kind.</summary>
    public void Report(SiteEntry entry, DiagnosticBag diagnostics)
    {
        var code = entry.Kind switch
        {
            EntryKind.Loop => Loop,
            EntryKind.Special => Special,
            EntryKind.Unreadable => Unreadable,
            _ => Outside,
        };
        diagnostics.Add(code, new SourceSpan(entry.Path), entry.Detail);
    }
}
