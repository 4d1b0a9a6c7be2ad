using System.CommandLine;
using Salgskraft.Core.Data;

namespace Salgskraft.Cli.Commands;

/// <summary><c>salgskraft migrate</c>: applies pending migrations of the configured provider.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Create or upgrade the database to the current schema.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var host = context.CreateHost();
            var db = host.Get<SalgskraftDbContext>();
            await DatabaseProviders.MigrateAsync(db, cancellationToken);
            await context.Out.WriteLineAsync("Database is up to date.");
            return Cli.Success;
        });
        return command;
    }
}
