using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Data.Configurations;

public sealed class CustomerMonthSalesConfiguration : IEntityTypeConfiguration<CustomerMonthSales>
{
    public void Configure(EntityTypeBuilder<CustomerMonthSales> builder)
    {
        // Customer before month: led by the month, SQLite 3.53 answered a year's per-customer sums from this index and its
        // table (0.20 s for a million lines' aggregate) instead of from the covering index below (0.07 s).
        builder.HasIndex(s => new { s.CompanyId, s.CustomerId, s.Month, s.SalespersonId }).IsUnique();
        // Covering: the platform's per-customer sums and first purchases read this index alone, in customer order, so
        // neither engine sorts nor visits the table (SQLite has no INCLUDE, hence key columns).
        builder.HasIndex(s => new { s.CompanyId, s.CustomerId, s.Month, s.SalespersonId, s.Revenue, s.Cost, s.NewProductRevenue, s.FirstPurchase })
            .HasDatabaseName("IX_CustomerMonthSales_Covering");
        builder.Property(s => s.Revenue).HasConversion<ScaledMoney>();
        builder.Property(s => s.Cost).HasConversion<ScaledMoney>();
        builder.Property(s => s.NewProductRevenue).HasConversion<ScaledMoney>();
        builder.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.SalespersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
