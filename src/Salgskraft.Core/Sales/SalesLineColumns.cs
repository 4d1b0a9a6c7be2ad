using NpgsqlTypes;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Sales;

/// <summary>The columns of <c>SalesLines</c> for <see cref="BulkInsert"/>, as the EF model names and types them.</summary>
public static class SalesLineColumns
{
    public const string Table = "SalesLines";

    public static IReadOnlyList<BulkColumn<SalesLine>> All { get; } =
    [
        new(nameof(SalesLine.CompanyId), NpgsqlDbType.Integer, l => l.CompanyId),
        new(nameof(SalesLine.Date), NpgsqlDbType.Date, l => l.Date),
        new(nameof(SalesLine.InvoiceNo), NpgsqlDbType.Varchar, l => l.InvoiceNo),
        new(nameof(SalesLine.LineNo), NpgsqlDbType.Integer, l => l.LineNo),
        new(nameof(SalesLine.CustomerId), NpgsqlDbType.Integer, l => l.CustomerId),
        new(nameof(SalesLine.SalespersonId), NpgsqlDbType.Integer, l => l.SalespersonId),
        new(nameof(SalesLine.ProductId), NpgsqlDbType.Integer, l => l.ProductId),
        new(nameof(SalesLine.Quantity), NpgsqlDbType.Numeric, l => l.Quantity),
        new(nameof(SalesLine.Revenue), NpgsqlDbType.Numeric, l => l.Revenue),
        new(nameof(SalesLine.Cost), NpgsqlDbType.Numeric, l => l.Cost),
        new(nameof(SalesLine.ImportBatchId), NpgsqlDbType.Integer, l => l.ImportBatchId),
    ];
}
