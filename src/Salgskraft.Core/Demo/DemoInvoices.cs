using System.Globalization;

namespace Salgskraft.Core.Demo;

/// <summary>
/// Collects generated invoices and numbers them in date order, as an ERP would, so invoice numbers
/// rise with the date and a credit note gets a later number than the invoice it credits.
/// </summary>
internal sealed class DemoInvoices(int firstInvoiceNo)
{
    private readonly List<Invoice> invoices = [];

    public void Add(DateOnly date, int customer, int salesperson, IReadOnlyList<InvoiceLine> lines)
    {
        if (lines.Count > 0)
        {
            invoices.Add(new Invoice(date, customer, salesperson, lines, invoices.Count));
        }
    }

    public List<DemoLine> ToLines()
    {
        var lines = new List<DemoLine>();
        var number = firstInvoiceNo;
        foreach (var invoice in invoices.OrderBy(i => i.Date).ThenBy(i => i.Sequence))
        {
            var invoiceNo = number++.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < invoice.Lines.Count; i++)
            {
                var l = invoice.Lines[i];
                lines.Add(new DemoLine(invoice.Date, invoiceNo, i + 1, invoice.Customer, invoice.Salesperson, l.Product,
                    l.Quantity, l.Revenue, l.Cost));
            }
        }

        return lines;
    }

    private sealed record Invoice(DateOnly Date, int Customer, int Salesperson, IReadOnlyList<InvoiceLine> Lines, int Sequence);
}

internal sealed record InvoiceLine(int Product, decimal Quantity, decimal Revenue, decimal Cost)
{
    /// <summary>
    /// A credit note line for part or all of this line, at the same unit price and margin, so a customer's
    /// net margin stays a blend of its real lines.
    /// </summary>
    public InvoiceLine Credit(decimal quantity) => new(Product, -quantity,
        -decimal.Round(Revenue * quantity / Quantity, 2), -decimal.Round(Cost * quantity / Quantity, 2));
}

/// <summary>Dates for the generators: seasonal months and working days.</summary>
internal static class DemoCalendar
{
    /// <summary>
    /// A day in the month, moved off the weekend (back to Friday, or forward to Monday at the start of
    /// the month so the date stays in its month).
    /// </summary>
    public static DateOnly WorkingDay(DemoRandom random, int year, int month)
    {
        var date = new DateOnly(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1));
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.Day > 2 ? date.AddDays(-1) : date.AddDays(2),
            DayOfWeek.Sunday => date.Day > 2 ? date.AddDays(-2) : date.AddDays(1),
            _ => date,
        };
    }

    /// <summary>A working day some days after <paramref name="date"/>.</summary>
    public static DateOnly WorkingDayAfter(DateOnly date, int days)
    {
        var result = date.AddDays(days);
        return result.DayOfWeek switch
        {
            DayOfWeek.Saturday => result.AddDays(2),
            DayOfWeek.Sunday => result.AddDays(1),
            _ => result,
        };
    }

    /// <summary>Month 1–12 drawn by seasonal weights (index 0 = January).</summary>
    public static int SeasonalMonth(DemoRandom random, IReadOnlyList<double> weights, int fromMonth = 1)
    {
        var allowed = weights.Select((w, i) => i + 1 >= fromMonth ? w : 0).ToArray();
        return random.PickWeighted(allowed) + 1;
    }
}
