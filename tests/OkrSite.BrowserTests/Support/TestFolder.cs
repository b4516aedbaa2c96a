namespace OkrSite.BrowserTests.Support;

/// <summary>A new folder of its own under <c>parent</c> for one test, deleted with everything in it when disposed.</summary>
public sealed class TestFolder(string parent, string prefix) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(parent, prefix + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still in use by a process the test could not stop: the fixture's folder goes at the end of the run.
        }
    }
}
