using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class HeaderMatcherTests
{
    private static readonly ImportSchema SalesLines = ImportSchema.For(ImportKind.SalesLines);

    [Theory]
    [InlineData("kundenr", "customer_id")]
    [InlineData("Kundenummer", "customer_id")]
    [InlineData("Kunde-ID", "customer_id")]
    [InlineData("customer id", "customer_id")]
    [InlineData("CustomerId", "customer_id")]
    [InlineData("Kundenavn", "customer_name")]
    [InlineData("Dato", "date")]
    [InlineData("Fakturadato", "date")]
    [InlineData("Invoice date", "date")]
    [InlineData("Fakturanr", "invoice_no")]
    [InlineData("Faktura", "invoice_no")]
    [InlineData("Invoice", "invoice_no")]
    [InlineData("Linjenr", "line_no")]
    [InlineData("linje", "line_no")]
    [InlineData("Selger", "salesperson_id")]
    [InlineData("Sælger", "salesperson_id")]
    [InlineData("selgernr", "salesperson_id")]
    [InlineData("Salesperson", "salesperson_id")]
    [InlineData("sales_agent", "salesperson_id")]
    [InlineData("Varenr", "product_id")]
    [InlineData("Produktnr", "product_id")]
    [InlineData("Product", "product_id")]
    [InlineData("Varegruppe", "product_group")]
    [InlineData("Produktgruppe", "product_group")]
    [InlineData("Antall", "quantity")]
    [InlineData("Antal", "quantity")]
    [InlineData("Qty", "quantity")]
    [InlineData("Omsetning", "revenue")]
    [InlineData("Beløb", "revenue")]
    [InlineData("Beløp", "revenue")]
    [InlineData("Salg", "revenue")]
    [InlineData("Sales", "revenue")]
    [InlineData("REVENUE", "revenue")]
    [InlineData("Netto", "revenue")]
    [InlineData("Kostpris", "cost")]
    [InlineData("Kost", "cost")]
    [InlineData("Cost", "cost")]
    [InlineData("DB", "contribution")]
    [InlineData("Dekningsbidrag", "contribution")]
    [InlineData("Dækningsbidrag", "contribution")]
    [InlineData("Profit", "contribution")]
    [InlineData("contribution", "contribution")]
    public void Match_SalesLineSynonym_MapsToCanonicalField(string header, string field)
    {
        Assert.Equal(field, SalesLines.Match(header)?.Name);
    }

    [Fact]
    public void For_EveryKind_HasFieldsAndBuildsWithoutConflicts()
    {
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            Assert.NotEmpty(ImportSchema.For(kind).Fields);
        }
    }

    [Fact]
    public void Match_SalesLinesCanonicalFields_AreExactlyTheIssuesList()
    {
        string[] expected = ["date", "invoice_no", "line_no", "customer_id", "customer_name", "salesperson_id", "product_id", "product_group", "quantity", "revenue", "cost", "contribution"];

        Assert.Equal(expected, SalesLines.Fields.Select(f => f.Name));
        Assert.Equal(["date", "customer_id", "revenue"], SalesLines.Fields.Where(f => f.Required).Select(f => f.Name));
    }

    [Fact]
    public void Match_MissingRequiredColumn_ErrorNamesFieldAndHeadersFound()
    {
        var errors = new ImportErrorCollector();

        HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Antall"], null, 1, errors);

        var error = Assert.Single(errors.Kept);
        Assert.Equal("revenue", error.Column);
        Assert.Equal(1, error.Line);
        Assert.Equal("required column 'revenue' is missing; headers found: 'Dato', 'Kundenr', 'Antall'", error.Reason);
    }

    [Fact]
    public void Match_UnknownHeaders_ReportedAsIgnored()
    {
        var errors = new ImportErrorCollector();

        var mapping = HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Omsetning", "Lagerplass"], null, 1, errors);

        Assert.False(errors.HasErrors);
        Assert.Equal(["Lagerplass"], mapping.IgnoredHeaders);
        Assert.Equal("Omsetning", mapping.HeaderOf("revenue"));
    }

    [Fact]
    public void Match_CostAndContribution_AreMutuallyExclusive()
    {
        var errors = new ImportErrorCollector();

        HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Omsetning", "Kostpris", "DB"], null, 1, errors);

        var error = Assert.Single(errors.Kept);
        Assert.Contains("both cost ('Kostpris') and contribution ('DB')", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_OverrideLeavesFieldOut_ResolvesCostAndContribution()
    {
        var errors = new ImportErrorCollector();

        var mapping = HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Omsetning", "Kostpris", "DB"], ["contribution="], 1, errors);

        Assert.False(errors.HasErrors);
        Assert.False(mapping.IsMapped("contribution"));
        Assert.Contains("DB", mapping.IgnoredHeaders);
    }

    [Fact]
    public void Match_Override_MapsUnknownHeaderToField()
    {
        var errors = new ImportErrorCollector();

        var mapping = HeaderMatcher.Match(SalesLines, ["Bilagsdato", "Kunde", "Sum eks mva"], ["customer_id=Kunde", "REVENUE=sum eks mva"], 1, errors);

        Assert.False(errors.HasErrors, string.Join("; ", errors.Kept));
        Assert.Equal("Kunde", mapping.HeaderOf("customer_id"));
        Assert.Equal("Sum eks mva", mapping.HeaderOf("revenue"));
        Assert.Equal("Bilagsdato", mapping.HeaderOf("date"));
    }

    [Fact]
    public void Match_HeaderMappedTwice_IsError()
    {
        var errors = new ImportErrorCollector();

        HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Omsetning"], ["revenue=Omsetning", "cost=Omsetning"], 1, errors);

        Assert.Contains(errors.Kept, e => e.Reason == "column 'Omsetning' is mapped twice, to revenue and cost");
    }

    [Fact]
    public void Match_TwoHeadersForOneField_IsError()
    {
        var errors = new ImportErrorCollector();

        HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Kunde-ID", "Omsetning"], null, 1, errors);

        Assert.Contains(errors.Kept, e => e.Reason.StartsWith("both 'Kundenr' and 'Kunde-ID' look like customer_id", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_OverrideWithUnknownFieldOrHeader_IsError()
    {
        var errors = new ImportErrorCollector();

        HeaderMatcher.Match(SalesLines, ["Dato", "Kundenr", "Omsetning"], ["colour=Dato", "cost=Finnes ikke"], 1, errors);

        Assert.Equal(2, errors.Total);
        Assert.StartsWith("'colour' is not a field of sales-lines", errors.Kept[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("the file has no column 'Finnes ikke'", errors.Kept[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_SurveyQuestionColumns_MapToQuestionFields()
    {
        var errors = new ImportErrorCollector();

        var mapping = HeaderMatcher.Match(ImportSchema.For(ImportKind.Surveys), ["Kundenr", "Dato", "Q1", "Spm 2 Anbefale oss?", "Kommentar"], null, 1, errors);

        Assert.False(errors.HasErrors);
        Assert.Equal("Q1", mapping.HeaderOf("q1"));
        Assert.Equal("Spm 2 Anbefale oss?", mapping.HeaderOf("q2"));
        Assert.Equal(["Kommentar"], mapping.IgnoredHeaders);
    }

    [Fact]
    public void Collector_MoreErrorsThanCapacity_KeepsFirstAndCountsAll()
    {
        var errors = new ImportErrorCollector(3);

        for (var i = 1; i <= 10; i++)
        {
            errors.Add(new ImportError(i, "c", "v", "r"));
        }

        Assert.Equal(3, errors.Kept.Count);
        Assert.Equal(10, errors.Total);
        Assert.True(errors.Truncated);
        Assert.Equal(1, errors.Kept[0].Line);
    }
}
