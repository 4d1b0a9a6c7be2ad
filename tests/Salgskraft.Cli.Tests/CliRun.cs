using Salgskraft.Testing;

namespace Salgskraft.Cli.Tests;

/// <summary>One in-process run of the CLI against a temp database, with what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(TestDatabase database, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Cli.RunAsync(args, stdout, stderr, database.Settings, TestContext.Current.CancellationToken);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
