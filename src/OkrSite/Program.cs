using OkrSite.Cli;
using OkrSite.Cli.Progress;
using Spectre.Console;

// The live progress display only where a person watches: a terminal, not a file, a pipe or a CI log.
var terminal = ProgressMode.Live(Console.IsOutputRedirected, Environment.GetEnvironmentVariable) ? AnsiConsole.Console : null;
return OkrSiteCli.Run(args, Console.Out, Console.Error, terminal);
