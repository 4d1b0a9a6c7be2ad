namespace Salgskraft.Cli;

/// <summary>What every command needs: where to write, and how to reach the configured database.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? configOverrides)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Builds the services from configuration when a command runs, so usage errors never touch the database.</summary>
    public CliHost CreateHost() => CliHost.Create(configOverrides);
}
