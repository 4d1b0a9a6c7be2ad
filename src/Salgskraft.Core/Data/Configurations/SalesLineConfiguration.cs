using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Import;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Data.Configurations;

public sealed class SalesLineConfiguration : IEntityTypeConfiguration<SalesLine>
{
    public void Configure(EntityTypeBuilder<SalesLine> builder)
    {
        // Invoice no + line no identify a line, so a re-import of an overlapping period can upsert.
        builder.HasIndex(l => new { l.CompanyId, l.InvoiceNo, l.LineNo }).IsUnique();
        builder.HasIndex(l => new { l.CompanyId, l.Date });
        // Customer and salesperson ids belong to one company, so these need no company column; leading with the foreign
        // key they also serve its checks, and the table keeps six indexes instead of eight to update per line.
        builder.HasIndex(l => new { l.SalespersonId, l.Date });
        builder.HasIndex(l => new { l.CustomerId, l.Date });
        builder.HasIndex(l => l.ImportBatchId);
        builder.Property(l => l.InvoiceNo).HasMaxLength(64);
        builder.Ignore(l => l.Contribution);
        builder.HasOne<Company>().WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.SalespersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(l => l.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
    }
}
