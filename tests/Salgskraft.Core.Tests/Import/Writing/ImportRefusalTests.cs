using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Common;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

/// <summary>What the importer and the mapping profiles refuse, in English (the API's and the CLI's) and in Norwegian.</summary>
public sealed class ImportRefusalTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Goals_IsRefusedForTheGoalsImport(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => bed.ImportAsync(ImportKind.Goals, "period;target\n"));

        Assert.Equal(["Goals are imported on the goals page or with POST /api/v1/goals/import, not as a data import."], refused.Errors["kind"]);
        Assert.Equal(["Mål importeres på målsiden eller med POST /api/v1/goals/import, ikke som dataimport."], refused.MessagesIn(Norwegian));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Undo_NothingChangedLaterImportOrAlreadyUndone_IsRefusedWithTheReason(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        const string file = "Kundenr;Navn\nK1-NY;Ny AS\n";
        var first = (await bed.ImportAsync(ImportKind.Customers, file)).BatchId!.Value;
        var same = (await bed.ImportAsync(ImportKind.Customers, file)).BatchId!.Value;
        var later = (await bed.ImportAsync(ImportKind.Customers, "Kundenr;Navn\nK1-NY;Nyere AS\n", fileName: "kunder-2.csv")).BatchId!.Value;
        var laterAt = await bed.QueryAsync(db => db.ImportBatches.Where(b => b.Id == later).Select(b => b.ImportedAt).SingleAsync(ct));

        var nothing = await Assert.ThrowsAsync<ValidationFailedException>(() => bed.UndoAsync(same));
        Assert.Equal([$"Import {same} changed nothing, so there is nothing to undo."], nothing.Errors["import"]);
        Assert.Equal([$"Import {same} endret ingenting, så det er ingenting å angre."], nothing.MessagesIn(Norwegian));

        var blocked = await Assert.ThrowsAsync<ValidationFailedException>(() => bed.UndoAsync(first));
        Assert.Equal(
            [$"Import {first} cannot be undone while the later import {later} (kunder-2.csv, {laterAt:u}) stands: imports are undone newest first. Undo {later} first."],
            blocked.Errors["import"]);
        Assert.Equal(
            [$"Import {first} kan ikke angres så lenge den senere importen {later} (kunder-2.csv, {laterAt:u}) står: importer angres med den nyeste først. Angre {later} først."],
            blocked.MessagesIn(Norwegian));

        await bed.UndoAsync(later);
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => bed.UndoAsync(later));
        Assert.Equal([$"Import {later} was already undone."], twice.Errors["import"]);
        Assert.Equal([$"Import {later} er allerede angret."], twice.MessagesIn(Norwegian));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveProfile_NoNameOrFieldsTheKindLacks_IsRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        await using var scope = bed.Database.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<ImportProfiles>();
        var alfa = bed.Org.AlfaId;

        var noName = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            profiles.SaveAsync(alfa, ImportKind.Customers, "  ", new Dictionary<string, string>(), ct));
        Assert.Equal(["A profile needs a name of 1 to 100 characters."], noName.Errors["name"]);
        Assert.Equal(["En profil trenger et navn på 1 til 100 tegn."], noName.MessagesIn(Norwegian));

        var one = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            profiles.SaveAsync(alfa, ImportKind.Customers, "ERP", new Dictionary<string, string> { ["customer_id"] = "Kundenr", ["revenue"] = "Beløp" }, ct));
        Assert.Equal(["revenue is not a field of customers."], one.Errors["mapping"]);
        Assert.Equal(["revenue er ikke et felt i customers."], one.MessagesIn(Norwegian));

        var two = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            profiles.SaveAsync(alfa, ImportKind.SalesLines, "ERP", new Dictionary<string, string> { ["segment"] = "Bransje", ["potential"] = "Potensial" }, ct));
        Assert.Equal(["segment, potential are not fields of sales-lines."], two.Errors["mapping"]);
    }
}
