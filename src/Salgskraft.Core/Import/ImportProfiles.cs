using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Domain.Import;

namespace Salgskraft.Core.Import;

/// <summary>A saved mapping as callers see it: its name, kind and field → header map.</summary>
public sealed record ImportProfileInfo(int Id, string Name, string Kind, IReadOnlyDictionary<string, string> Mapping)
{
    /// <summary>The mapping as <see cref="ReadOptions.Mapping"/> overrides (<c>FIELD=HEADER</c>).</summary>
    public IReadOnlyList<string> Overrides => [.. Mapping.Select(m => $"{m.Key}={m.Value}")];
}

/// <summary>A company's saved header mappings, chosen by name (<c>--mapping</c>, the wizard's profile list).</summary>
public sealed class ImportProfiles(SalgskraftDbContext db)
{
    public async Task<IReadOnlyList<ImportProfileInfo>> ListAsync(int companyId, ImportKind? kind = null, CancellationToken cancellationToken = default)
    {
        var name = kind is { } k ? ImportKinds.Name(k) : null;
        var profiles = await db.ImportProfiles.AsNoTracking()
            .Where(p => p.CompanyId == companyId && (name == null || p.Kind == name))
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. profiles.Select(Info)];
    }

    /// <exception cref="NotFoundException">The company has no profile of that name for the kind.</exception>
    public async Task<ImportProfileInfo> GetAsync(int companyId, ImportKind kind, string name, CancellationToken cancellationToken = default)
    {
        var kindName = ImportKinds.Name(kind);
        var profile = await db.ImportProfiles.AsNoTracking()
            .SingleOrDefaultAsync(p => p.CompanyId == companyId && p.Name == name && p.Kind == kindName, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.ProfileNotFound(kindName, name));
        return Info(profile);
    }

    /// <summary>Saves (or replaces) the profile <paramref name="name"/>; fields must be the kind's.</summary>
    /// <exception cref="ValidationFailedException">No name, or a field the kind does not have.</exception>
    public async Task<ImportProfileInfo> SaveAsync(int companyId, ImportKind kind, string name, IReadOnlyDictionary<string, string> mapping,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            throw new ValidationFailedException("name", ImportReasons.ProfileNameLength());
        }

        var schema = ImportSchema.For(kind);
        var unknown = mapping.Keys.Where(f => schema.Find(f) is null).ToList();
        if (unknown.Count > 0)
        {
            var fields = string.Join(", ", unknown);
            throw new ValidationFailedException("mapping", unknown.Count == 1
                ? ImportReasons.NotAFieldOfKind(fields, ImportKinds.Name(kind))
                : ImportReasons.NotFieldsOfKind(fields, ImportKinds.Name(kind)));
        }

        var profile = await db.ImportProfiles.SingleOrDefaultAsync(p => p.CompanyId == companyId && p.Name == name, cancellationToken);
        if (profile is null)
        {
            profile = db.ImportProfiles.Add(new ImportProfile { CompanyId = companyId, Name = name, Kind = ImportKinds.Name(kind), Mapping = "{}" }).Entity;
        }

        profile.Kind = ImportKinds.Name(kind);
        profile.Mapping = JsonSerializer.Serialize(mapping);
        await db.SaveChangesAsync(cancellationToken);
        return Info(profile);
    }

    private static ImportProfileInfo Info(ImportProfile p) =>
        new(p.Id, p.Name, p.Kind, JsonSerializer.Deserialize<Dictionary<string, string>>(p.Mapping) ?? []);
}
