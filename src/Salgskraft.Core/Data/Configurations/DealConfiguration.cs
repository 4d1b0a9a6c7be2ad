using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Data.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.HasIndex(d => new { d.CompanyId, d.ExternalId }).IsUnique();
        builder.HasIndex(d => new { d.CompanyId, d.PersonId, d.Status });
        builder.HasIndex(d => new { d.CompanyId, d.CustomerId });
        builder.Property(d => d.ExternalId).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.LostReason).HasMaxLength(500);
        builder.HasOne<Company>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(d => d.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DealStage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
    }
}
