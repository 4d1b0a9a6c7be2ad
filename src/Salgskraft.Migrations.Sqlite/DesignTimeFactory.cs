using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Salgskraft.Core.Data;

namespace Salgskraft.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for this provider without starting a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SalgskraftDbContext>
{
    public SalgskraftDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SalgskraftDbContext>();
        DatabaseProviders.Configure(options, DatabaseProvider.Sqlite, "Data Source=design.db");
        return new SalgskraftDbContext(options.Options);
    }
}
