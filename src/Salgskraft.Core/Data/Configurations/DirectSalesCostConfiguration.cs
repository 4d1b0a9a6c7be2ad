using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class DirectSalesCostConfiguration : IEntityTypeConfiguration<DirectSalesCost>
{
    public void Configure(EntityTypeBuilder<DirectSalesCost> builder)
    {
        builder.HasIndex(c => new { c.CompanyId, c.ExternalId }).IsUnique();
        builder.HasIndex(c => new { c.CompanyId, c.Date, c.CustomerId });
        builder.Property(c => c.ExternalId).HasMaxLength(64);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
