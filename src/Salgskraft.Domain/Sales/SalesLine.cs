namespace Salgskraft.Domain.Sales;

/// <summary>One invoice line. Credit notes are negative lines. Identified by invoice no + line no.</summary>
public sealed class SalesLine
{
    public long Id { get; set; }

    public int CompanyId { get; set; }

    public DateOnly Date { get; set; }

    public required string InvoiceNo { get; set; }

    public int LineNo { get; set; }

    public int CustomerId { get; set; }

    public int? SalespersonId { get; set; }

    public int? ProductId { get; set; }

    public decimal Quantity { get; set; }

    public decimal Revenue { get; set; }

    public decimal Cost { get; set; }

    /// <summary>The import that added the line (undoing it deletes the line); null for lines from elsewhere.</summary>
    public int? ImportBatchId { get; set; }

    public decimal Contribution => Revenue - Cost;
}
