using System.Diagnostics;
using System.Text;

namespace OkrSite.Tests.Support;

/// <summary>
/// The real okrsite process (the okrsite.dll next to the tests), for tests that need what in-process runs cannot
/// give: kills, concurrent builds, environment variables such as a GC heap limit, the exit code the OS sees.
/// </summary>
public sealed class OkrSiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _gate = new();

    private OkrSiteProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory, int? stackBytes)
    {
        // The main thread's stack is the process's RLIMIT_STACK (8 MiB here, 1 MiB on Windows): prlimit sets it, then
        // runs dotnet in the same process, so a test can prove a walk does not recurse however deep the input.
        string[] command = [Path.Combine(AppContext.BaseDirectory, "okrsite.dll"), .. args];
        var start = stackBytes is { } stack
            ? new ProcessStartInfo("prlimit", [$"--stack={stack}:{stack}", "dotnet", .. command])
            : new ProcessStartInfo("dotnet", command);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory;

        // The tests' own environment must not leak into the child's behaviour.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("OKRSITE_DEBUG");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.StandardInput.Close();
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts okrsite with <paramref name="args"/> and returns at once.</summary>
    public static OkrSiteProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, int? stackBytes = null) =>
        new(args, environment, workingDirectory, stackBytes);

    /// <summary>Runs okrsite to the end (at most <paramref name="timeout"/>, default two minutes) and returns what it printed.</summary>
    /// <param name="stackBytes">The main thread's stack size, when a test needs a small one.</param>
    public static Result Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null, string? workingDirectory = null, int? stackBytes = null)
    {
        var arguments = args.ToArray();
        using var process = Start(arguments, environment, workingDirectory, stackBytes);
        var result = process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2));

        // Every report.json a test's real build publishes is checked against the published schema too.
        if (result.ExitCode == 0 && CliRun.PublishedReport(arguments, workingDirectory) is { } report && File.Exists(report))
        {
            ReportSchema.AssertValid(File.ReadAllText(report));
        }

        return result;
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>What the process printed to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the process printed to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process exits; false when it did not hold in time.</summary>
    public bool WaitUntil(Func<OkrSiteProcess, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition(this))
            {
                return true;
            }

            if (_process.HasExited)
            {
                return condition(this);
            }

            Thread.Sleep(5);
        }

        return false;
    }

    public Result WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            Assert.Fail($"okrsite did not finish within {timeout.TotalSeconds:0} s; it printed:\n{Output}\n{Error}");
        }

        // The parameterless wait also drains the redirected streams.
        _process.WaitForExit();
        return new Result(_process.ExitCode, Output.ReplaceLineEndings("\n"), Error.ReplaceLineEndings("\n"));
    }

    /// <summary>SIGKILL, as a CI runner that times a job out would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            to.Append(line).Append('\n');
        }
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
