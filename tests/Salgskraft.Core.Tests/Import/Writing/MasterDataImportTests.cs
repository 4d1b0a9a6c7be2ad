using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

public sealed class MasterDataImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Customers_UpsertsByNumberLeavesMissingColumnsAloneAndUndoes(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotAsync();
        var file = "Kundenr;Navn;Bransje;Ansvarlig;Potensial\nK1;Kunde En AS;Regnskap;P-S2;120 000,00\nK1-NY;Ny AS;;P-S1;\nK3;Kunde Tre AS;;;\n";

        var result = await bed.ImportAsync(ImportKind.Customers, file);
        var again = await bed.ImportAsync(ImportKind.Customers, file);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Equal(new ImportCountsView(3, 1, 2, 0), ImportCountsView.Of(result)); // K3 loses its owner: the file says none
        Assert.Equal(new ImportCountsView(3, 0, 0, 3), ImportCountsView.Of(again));
        var k1 = await bed.QueryAsync(db => db.Customers.SingleAsync(c => c.CompanyId == bed.Org.AlfaId && c.ExternalId == "K1", ct));
        Assert.Equal(("Regnskap", 120_000m), (k1.Segment, k1.Potential));
        Assert.NotNull(k1.UnitId); // the file has no unit column: the unit is kept

        await bed.UndoAsync(result.BatchId!.Value);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_CustomersDevelopmentColumn_NamesThemAndAnEmptyCellLeavesTheMark(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);

        var named = await bed.ImportAsync(ImportKind.Customers, "Kundenr;Utviklingskunde\nK1;ja\nK3;nei\n");
        var empty = await bed.ImportAsync(ImportKind.Customers, "Kundenr;Utviklingskunde\nK1;\nK3;\n");

        Assert.True(named.Succeeded && empty.Succeeded, string.Join(" | ", named.Errors.Concat(empty.Errors)));
        var marks = await bed.QueryAsync(db => db.Customers.Where(c => c.CompanyId == bed.Org.AlfaId).OrderBy(c => c.ExternalId)
            .Select(c => new { c.ExternalId, c.IsDevelopmentCustomer }).ToListAsync(ct));
        Assert.Equal([("K1", true), ("K2", false), ("K3", false)], marks.Select(m => (m.ExternalId, m.IsDevelopmentCustomer)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_CustomersWithUnknownOwnerOrDuplicate_ExactErrors(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);

        var result = await bed.ImportAsync(ImportKind.Customers, "Kundenr;Navn;Ansvarlig\nK7;Sju;P-X\nK8;Åtte;\nK8;Åtte igjen;\n");

        Assert.Equal(
            [new("2", "Ansvarlig", "P-X", "unknown person 'P-X'; import the person first"), new("4", "Kundenr", "K8", "'K8' is also on line 3 of the file; each may appear once")],
            result.Errors.Select(e => new ErrorView(e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Column, e.Value, e.Reason)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ProductsAndPotentials_GroupsCreatedFlagsAndPotentialsSet(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);

        var products = await bed.ImportAsync(ImportKind.Products, "Varenr;Varenavn;Varegruppe;Varegruppenavn;Ny\nV1;Skruer;G1;Jernvare;nei\nV2;Robot;G2;Automasjon;ja\n");
        var potentials = await bed.ImportAsync(ImportKind.Potentials, "Kundenr;Potensial\nK1;50000\nK2;1,5\n");
        var unknown = await bed.ImportAsync(ImportKind.Potentials, "Kundenr;Potensial\nK404;1\n");

        Assert.Equal((2L, 2), (products.Counts.Added, products.Counts.CreatedProductGroups));
        var v2 = await bed.QueryAsync(db => db.Products.SingleAsync(p => p.ExternalId == "V2", ct));
        var g2 = await bed.QueryAsync(db => db.ProductGroups.SingleAsync(g => g.Id == v2.ProductGroupId, ct));
        Assert.Equal(("Robot", true, "Automasjon"), (v2.Name, v2.IsNew, g2.Name));
        Assert.Equal(2L, potentials.Counts.Updated);
        Assert.Equal(1.5m, await bed.QueryAsync(db => db.Customers.Where(c => c.Id == bed.Org.Seller2CustomerId).Select(c => c.Potential).SingleAsync(ct)));
        Assert.Equal("unknown customer 'K404'; import the customer first", Assert.Single(unknown.Errors).Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_People_CreatesUnitsUnderTheirParentAndSetsRoles(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotAsync();

        var result = await bed.ImportAsync(ImportKind.People,
            "Ansattnr;Navn;E-post;Rolle;Enhet;Enhetsnavn;Overordnet enhet\nP-S1;Siri Selger;siri@alfa.test;selger;N1;;\nP-NEW;Nina Ny;;salgssjef;W;Vest;A\nP-NEW2;Ola;;Salesperson;W;;\n");

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Equal((2L, 1L, 1), (result.Counts.Added, result.Counts.Updated, result.Counts.CreatedUnits));
        var west = await bed.QueryAsync(db => db.Units.SingleAsync(u => u.CompanyId == bed.Org.AlfaId && u.ExternalId == "W", ct));
        var nina = await bed.QueryAsync(db => db.People.SingleAsync(p => p.ExternalId == "P-NEW", ct));
        Assert.Equal(("Vest", PersonRole.SalesManager, west.Id), (west.Name, nina.Role, nina.UnitId!.Value));
        Assert.NotNull(west.ParentId);

        await bed.UndoAsync(result.BatchId!.Value);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ActivitiesWithoutIds_SecondImportChangesNothingAndUnknownTypeIsAnError(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        var file = "Dato;Selger;Kundenr;Aktivitetstype;Kvalifisert;Varighet;Kanal\n12.01.2026;P-S1;K1;meeting;ja;60;møte\n12.01.2026;P-S1;K1;meeting;ja;60;møte\n13.01.2026;P-S1;;Telefonsamtale;nei;15;\n";

        var first = await bed.ImportAsync(ImportKind.Activities, file);
        var second = await bed.ImportAsync(ImportKind.Activities, file);
        var bad = await bed.ImportAsync(ImportKind.Activities, "Dato;Selger;Aktivitetstype\n12.01.2026;P-S1;golf\n");

        Assert.Equal(new ImportCountsView(3, 3, 0, 0), ImportCountsView.Of(first));
        Assert.Equal(new ImportCountsView(3, 0, 0, 3), ImportCountsView.Of(second));
        var call = await bed.QueryAsync(db => db.Activities.SingleAsync(a => a.Date == new DateOnly(2026, 1, 13), ct));
        Assert.Equal((ActivityChannel.Phone, false, 15, null), (call.Channel, call.Qualified, call.DurationMinutes, call.CustomerId));
        Assert.StartsWith("unknown activity type; the company's types are meeting (Kundemøte)", Assert.Single(bad.Errors).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Deals_CreatesMovesStagesAndClosesWithTheReason(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        var stages = await bed.QueryAsync(db => db.DealStages.Where(s => s.CompanyId == bed.Org.AlfaId).OrderBy(s => s.Order).Select(s => s.Name).ToListAsync(ct));

        var created = await bed.ImportAsync(ImportKind.Deals, $"Tilbudsnr;Kundenr;Selger;Tittel;Verdi;Fase\nD1;K1;P-S1;Nytt system;100 000;{stages[0]}\n");
        var moved = await bed.ImportAsync(ImportKind.Deals, $"Tilbudsnr;Fase;Utfall;Tapsårsak;Forventet avslutning\nD1;{stages[1]};tapt;Pris;01.03.2026\n");
        var unknown = await bed.ImportAsync(ImportKind.Deals, "Tilbudsnr;Kundenr;Selger;Fase\nD2;K1;P-S1;Drømmefasen\n");

        Assert.Equal((1L, 1L), (created.Counts.Added, moved.Counts.Updated));
        var deal = await bed.QueryAsync(db => db.Deals.SingleAsync(d => d.ExternalId == "D1", ct));
        Assert.Equal((DealStatus.Lost, "Pris", new DateOnly(2026, 3, 1), 100_000m), (deal.Status, deal.LostReason, deal.ClosedOn!.Value, deal.Value));
        Assert.Equal(2, await bed.QueryAsync(db => db.DealStageChanges.CountAsync(c => c.DealId == deal.Id, ct)));
        Assert.StartsWith("unknown deal stage; the company's stages are", Assert.Single(unknown.Errors).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Surveys_OneAnswerPerQuestionUpsertedByCustomerDateAndQuestion(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);

        var first = await bed.ImportAsync(ImportKind.Surveys, "Kundenr;Dato;Spm1 Fornøyd;Spm2 Anbefale\nK1;01.03.2026;5;4,5\nK2;01.03.2026;3;\n");
        var second = await bed.ImportAsync(ImportKind.Surveys, "Kundenr;Dato;Spm1 Fornøyd;Spm2 Anbefale\nK1;01.03.2026;4;4,5\n");

        Assert.Equal(new ImportCountsView(3, 3, 0, 0), ImportCountsView.Of(first));
        Assert.Equal(new ImportCountsView(2, 0, 1, 1), ImportCountsView.Of(second));
        var answers = await bed.QueryAsync(db => db.SurveyAnswers.Where(a => a.CustomerId == bed.Org.Seller1CustomerId).OrderBy(a => a.Question)
            .Select(a => new { a.Question, a.Score }).ToListAsync(ct));
        Assert.Equal([("q1", 4m), ("q2", 4.5m)], answers.Select(a => (a.Question, a.Score)));
    }

    private sealed record ErrorView(string Line, string? Column, string? Value, string Reason);
}
