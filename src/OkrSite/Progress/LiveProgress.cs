using System.Globalization;
using OkrSite.Core.Pipeline;
using Spectre.Console;

namespace OkrSite.Cli.Progress;

/// <summary>
/// The stages as a live Spectre.Console display on an interactive terminal: every stage listed from the start,
/// a spinner on the one running, and what each made once it is done. The finished display stays on screen.
/// </summary>
internal sealed class LiveProgress(IAnsiConsole console) : BuildProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private ProgressTask? _current;

    public override BuildResult Run(Func<Action<StageProgress>?, BuildResult> build)
    {
        BuildResult? result = null;
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                result = build(step => Show(context, step));
                foreach (var task in _tasks.Values.Where(t => !t.IsFinished))
                {
                    // A stage that never ran (the build stopped at an error) is not left spinning.
                    task.Description = $"[grey]{Markup.Escape(StageName(task))} (not run)[/]";
                    task.StopTask();
                }
            });
        return result!;
    }

    public override void Waiting(string line)
    {
        if (_current is { } task)
        {
            task.Description = $"{Markup.Escape(StageName(task))}: {Markup.Escape(line)}";
        }
    }

    private void Show(ProgressContext context, StageProgress step)
    {
        if (_tasks.Count == 0)
        {
            foreach (var stage in StageProgress.Plan(step.Of))
            {
                var pending = context.AddTask(Markup.Escape(stage), autoStart: false, maxValue: 1);
                pending.IsIndeterminate = true;
                _tasks[stage] = pending;
            }
        }

        var task = _tasks[step.Stage];
        if (step.Finished is not { } timing)
        {
            _current = task;
            task.StartTask();
            return;
        }

        var made = timing.Count is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n:#,0} {timing.CountOf})") : string.Empty;
        task.Description = Markup.Escape(step.Stage + made);
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

    private string StageName(ProgressTask task) => _tasks.First(t => t.Value == task).Key;
}
