using System.CommandLine;
using Salgskraft.Cli.Commands;
using Salgskraft.Core.Common;

namespace Salgskraft.Cli;

/// <summary>
/// The <c>salgskraft</c> operator tool. Exit codes: 0 success, 1 invalid input or a failed command (message on
/// stderr), 2 wrong usage (unknown command or option, missing argument).
/// </summary>
public static class Cli
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>
    /// Runs one command line in-process, writing to the given writers, so tests need no child process.
    /// <paramref name="configOverrides"/> are applied over appsettings.json and the environment.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        IDictionary<string, string?>? configOverrides = null, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(stdout, stderr, configOverrides);
        var root = new RootCommand("Salgskraft operator tool: database, companies, users and demo data.")
        {
            MigrateCommand.Create(context),
            CompanyCommands.Create(context),
            UserCommands.Create(context),
            DemoCommand.Create(context),
            PlatformCommand.Create(context),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync(error.Message);
            }

            await stderr.WriteLineAsync("Run 'salgskraft --help' for usage.");
            return Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    await stderr.WriteLineAsync($"{field}: {message}");
                }
            }

            return Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unreachable database or a broken file is reported, not thrown at the operator as a stack trace.
            await stderr.WriteLineAsync($"error: {e.GetBaseException().Message}");
            return Failed;
        }
    }
}
